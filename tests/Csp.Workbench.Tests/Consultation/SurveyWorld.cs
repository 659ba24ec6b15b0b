using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Audit;
using Csp.Workbench.Consultation;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Consultation;

/// <summary>A fresh migrated database of either kind with the consultation use case over it, the clock at noon on 20 January 2013 (the sample survey open).</summary>
internal sealed class SurveyWorld : IAsyncDisposable
{
    public static readonly string Folder = Path.Combine(Repository.Root, "data", "sample", "consultation");

    private readonly ServiceProvider _services;

    private SurveyWorld(CspDatabase database, ServiceProvider services, SurveyClock clock)
    {
        Database = database;
        _services = services;
        Clock = clock;
    }

    public CspDatabase Database { get; }

    public SurveyClock Clock { get; }

    public Surveys Surveys => _services.GetRequiredService<Surveys>();

    public static async Task<SurveyWorld> CreateAsync(DatabaseProvider provider, PostgresServer postgres, DateTimeOffset? now = null)
    {
        var database = await TestDatabases.CreateAsync(provider, postgres);
        var clock = new SurveyClock { Now = now ?? new DateTimeOffset(2013, 1, 20, 12, 0, 0, TimeSpan.Zero) };
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddCsp(_ => database, _ => Repository.Root);
        return new SurveyWorld(database, services.BuildServiceProvider(), clock);
    }

    /// <summary>The two districts and the CSP the sample survey is of (what the geography lookups would add).</summary>
    public async Task AddAreasAsync()
    {
        await using var db = Database.CreateContext();
        db.Areas.Add(new Storage.Entities.AreaRow { Code = "E22000352", Name = "Dartford and Gravesham", Level = "CommunitySafetyPartnership" });
        db.Areas.Add(new Storage.Entities.AreaRow { Code = "E07000107", Name = "Dartford", Level = "District", ParentCode = "E22000352" });
        db.Areas.Add(new Storage.Entities.AreaRow { Code = "E07000109", Name = "Gravesham", Level = "District", ParentCode = "E22000352" });
        await db.SaveChangesAsync();
    }

    public static SurveyDefinitionFiles SampleDefinition(string? area = "E22000352") => new(
        Path.Combine(Folder, "dg-csp-2013-survey.json"), area,
        [("other-priorities", Path.Combine(Folder, "themes-other-priorities.csv")), ("other-problems", Path.Combine(Folder, "themes-other-problems.csv"))],
        Path.Combine(Folder, "community-concern-mapping.csv"), Demo: true);

    public async Task ImportSampleAsync()
    {
        var survey = await Surveys.ImportSurveyAsync(SampleDefinition(), Actor.System, default);
        Assert.Empty(survey.Issues);
        var responses = await Surveys.ImportResponsesAsync("dg-csp-2013", Path.Combine(Folder, "dg-csp-2013-responses.csv"), null, false, Actor.System, default);
        Assert.Equal(456, responses.RowsAdded);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
