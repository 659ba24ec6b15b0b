using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Workbench.Accounts;
using Csp.Workbench.Areas;
using Csp.Workbench.Assessment;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Csp.Workbench.Consultation;
using Csp.Workbench.Briefing;
using Csp.Workbench.Hosting;
using Csp.Workbench.HotSpots;
using Csp.Workbench.Imports;
using Csp.Workbench.NearRepeat;
using Csp.Workbench.Performance;
using Csp.Workbench.Reports;
using Csp.Workbench.Status;
using Csp.Workbench.Strategy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Csp.Workbench;

/// <summary>The use cases both hosts call, registered once: the web app adds them to its services, the CLI builds a provider of them.</summary>
public static class CspServices
{
    /// <param name="configuration">The partnership's configuration files; null: those under data/config of the home.</param>
    /// <remarks>What a host registers before this call wins (the web app's logging, its clock, its report renderers with a shared Chromium).</remarks>
    public static IServiceCollection AddCsp(this IServiceCollection services, Func<IServiceProvider, CspDatabase> database, Func<IServiceProvider, string> home,
        ConfigurationFiles? configuration = null)
    {
        services.TryAddSingleton(database);
        services.TryAddSingleton(sp => new CspHomeFolder(home(sp)));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.TryAddSingleton(sp => AssessmentConfiguration.Load(configuration ?? ConfigurationFiles.Under(sp.GetRequiredService<CspHomeFolder>().Path),
            sp.GetRequiredService<ILogger<AssessmentConfiguration>>()));
        services.TryAddSingleton(sp => new ReportRenderers(null, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<AssessmentCache>();
        services.TryAddSingleton<AreaFinder>();
        services.TryAddSingleton<AreaDescriptions>();
        services.TryAddSingleton<Assessments>();
        services.TryAddSingleton<SmallAreaMaps>();
        services.TryAddSingleton<ReportFiles>();
        services.TryAddSingleton<StatusReport>();
        services.TryAddSingleton<HotSpotAnalysis>();
        services.TryAddSingleton<NearRepeatAnalysis>();
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<AccountSessions>();
        // Accounts need a password hasher from the host (IPasswordHasher) and its lockout policy (LockoutPolicy).
        services.TryAddSingleton(new LockoutPolicy(5, 15));
        services.TryAddSingleton<AccountService>();
        services.TryAddSingleton<BrowserImports>();
        services.TryAddSingleton<MemoryDatabaseAnchor>();
        services.TryAddSingleton<DatabaseKeys>();
        services.TryAddSingleton<DatabaseHealth>();
        services.TryAddSingleton<DatabaseStartup>();
        services.TryAddSingleton(sp => AsbCaseConfiguration.Load(sp.GetRequiredService<CspHomeFolder>().Path));
        services.TryAddSingleton<AsbCases>();
        services.TryAddSingleton<SubjectAccessExports>();
        services.TryAddSingleton<CaseReviewChecks>();
        services.TryAddSingleton<SharingAgreements>();
        services.TryAddSingleton<DemoCaseload>();
        services.TryAddSingleton<Panel.VulnerabilityPanel>();
        services.TryAddSingleton<AreaIncidents>();
        services.TryAddSingleton<Taskings>();
        services.TryAddSingleton<Briefings>();
        services.TryAddSingleton<TimeProfiles>();
        services.TryAddSingleton<BriefingPrint>();
        services.TryAddSingleton<BriefingMap>();
        services.TryAddSingleton<WardBriefings>();
        services.TryAddSingleton<Surveys>();
        services.TryAddSingleton<SurveyConcern>();
        services.TryAddSingleton(sp => PerformanceConfiguration.Load(sp.GetRequiredService<CspHomeFolder>().Path));
        services.TryAddSingleton<PartnerReturns>();
        services.TryAddSingleton<PerformanceTables>();
        services.TryAddSingleton<StrategyFacts>();
        services.TryAddSingleton<Strategies>();
        services.TryAddSingleton<Publishing.Publications>();
        services.TryAddSingleton<ActionPlans>();
        services.TryAddSingleton<PriorityDecisions>();
        services.TryAddSingleton<Meetings.Meetings>();
        return services;
    }
}
