using System.Text.Json;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Storage.Diagnostics;
using Csp.Workbench;
using Csp.Workbench.Assessment;
using Csp.Workbench.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Cli;

/// <summary>Where the CLI finds its home (the repository or install folder), its database, and the use cases it calls.</summary>
internal static class CliEnvironment
{
    /// <summary>The contract JSON shared with the web API (<see cref="CspJson"/>), indented for a reader.</summary>
    public static JsonSerializerOptions Json => CspJson.Indented;

    /// <summary>CSP_HOME (set by the ./csp script), else the nearest folder above the program that holds Csp.slnx, else the current folder.</summary>
    public static string Home => CspHome.Find();

    public static string SampleData => CspHome.SampleData(Home);

    /// <summary>The --database option, else CSP_DATABASE, else data/db/csp.sqlite under <see cref="Home"/>.</summary>
    public static CspDatabase Database(string? option) =>
        CspDatabase.Resolve(option ?? Environment.GetEnvironmentVariable(CspDatabase.EnvironmentVariable), Home);

    /// <summary>Opens the database, creating and migrating it on first use.</summary>
    public static async Task<CspDatabase> OpenAsync(string? option, CancellationToken cancellationToken)
    {
        var database = Database(option);
        await SchemaMigrator.MigrateAsync(database, cancellationToken).ConfigureAwait(false);
        return database;
    }

    /// <summary>
    /// The use cases over the database (opened and migrated), as the web app has them. The partnership's configuration is
    /// read from <paramref name="configuration"/> (default data/config), its problems printed as warnings. With
    /// <paramref name="format"/> PDF or PNG (printed by Chromium), Chromium starts now, before the database is opened: the
    /// browser's start and warm-up are the longest part of such a command, and the use case waits on them once its
    /// report is built.
    /// </summary>
    public static async Task<ServiceProvider> UseCasesAsync(string? databaseOption, CancellationToken cancellationToken, ConfigurationFiles? configuration = null,
        ReportFormat? format = null)
    {
        StartupTrace.Mark("command parsed");
        var renderers = new ReportRenderers(null, TimeProvider.System);
        // Observed by the use case, which starts the same warm-up (ReportRenderers starts it once) and awaits it.
        _ = format is { } printed ? renderers.WarmUpAsync(printed, cancellationToken) : null;
        try
        {
            var database = await OpenAsync(databaseOption, cancellationToken).ConfigureAwait(false);
            StartupTrace.Mark("database opened and its schema checked");
            var files = configuration ?? ConfigurationFiles.Under(Home);
            var (scheme, judgements, issues) = AssessmentService.LoadConfiguration(files.OffenceCategories, files.HarmWeights, files.PriorityJudgements);
            var groups = AssessmentConfiguration.ComparatorGroupsBeside(files, issues);
            foreach (var issue in issues) Console.Error.WriteLine("warning: " + issue);
            var services = new ServiceCollection();
            services.AddSingleton(new AssessmentConfiguration(scheme, judgements) { ComparatorGroups = groups });
            // A command answers about one area and exits: it reads the data that area needs, not all of it (the web app does).
            services.AddSingleton(typeof(AssessmentReading), AssessmentReading.PerArea);
            // Made by a factory, so that the provider disposes it (closing its Chromium) with the use cases.
            services.AddSingleton(_ => renderers);
            services.AddCsp(_ => database, _ => Home);
            var provider = services.BuildServiceProvider();
            provider.GetRequiredService<ReportRenderers>();
            StartupTrace.Mark("configuration read, use cases ready");
            return provider;
        }
        catch
        {
            await renderers.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Why no area was found, with where to look on the command line.</summary>
    public static string? NoArea(string? detail) =>
        detail is null ? null : detail.EndsWith("?", StringComparison.Ordinal) ? detail : detail.TrimEnd('.') + " (./csp areas NAME searches; ./csp import geography PATH loads the lookups).";
}
