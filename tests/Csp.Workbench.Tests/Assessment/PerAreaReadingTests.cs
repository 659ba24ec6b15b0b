using System.Text.Json;
using Csp.Core.Areas;
using Csp.Core.Comparators;
using Csp.Core.Periods;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Assessment;
using Csp.Workbench.Hosting;
using Csp.Workbench.HotSpots;
using Csp.Workbench.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Csp.Workbench.Tests.Assessment;

/// <summary>
/// A command reads only the part of the data its area needs (<see cref="AssessmentReading.PerArea"/>): its force area's
/// districts' LSOAs, with every force's counts in them, and its Most Similar Group's. Every answer equals, byte for byte,
/// the answer from all the data as the web app reads it, on the sample with other forces beside Kent: British Transport
/// Police and the Met in Kent's LSOAs, Sussex Police (the data's first month, 2021-12, and a crime type nobody else has)
/// in Sussex, and Kent Police's own border cells in Sussex.
/// </summary>
[Collection(MixedForcesCollection.Name)]
public sealed class PerAreaReadingTests(MixedForces data)
{
    private static readonly PeriodComparison Periods = PeriodComparison.Explicit(new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 9)), new MonthRange(new YearMonth(2022, 1), new YearMonth(2022, 9)));

    public static TheoryData<DatabaseProvider, string, bool> Areas()
    {
        var areas = new TheoryData<DatabaseProvider, string, bool>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            areas.Add(provider, "Gravesham", false);                  // a district with BTP's cells and a Most Similar Group in Sussex
            areas.Add(provider, "Dartford", false);                   // a district with the Met's cells
            areas.Add(provider, "Dartford and Gravesham", false);     // a CSP
            areas.Add(provider, "Kent", false);                       // a force area: ranked among every force area, so read whole
            areas.Add(provider, MixedForces.GraveshamWard, false);    // a ward
            areas.Add(provider, MixedForces.GraveshamLsoa, false);    // the LSOA of BTP's cells
            areas.Add(provider, "Wealden", true);                     // Sussex: its own force's months and Kent's border cells
            areas.Add(provider, "Maidstone", false);                  // a district of Kent no other force touches
        }
        return areas;
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public async Task The_assessment_read_for_the_area_equals_the_assessment_read_from_all_the_data(DatabaseProvider provider, string area, bool partial)
    {
        var database = await data.DatabaseAsync(provider);
        var query = new AssessmentQuery(area, new PeriodChoice(null, Periods.Period.ToString(), Periods.Baseline.ToString(), null, null, null, null), null, partial, Readership.Restricted);

        var whole = await Use(database, AssessmentReading.Whole).GetRequiredService<Assessments>().AnswerAsync(query, CancellationToken.None);
        var perArea = await Use(database, AssessmentReading.PerArea).GetRequiredService<Assessments>().AnswerAsync(query, CancellationToken.None);

        Assert.Equal(AnswerKind.Answered, whole.Kind);
        Assert.Equal(Json(whole), Json(perArea));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Gravesham")]
    [InlineData(DatabaseProvider.Sqlite, "Dartford and Gravesham")]
    [InlineData(DatabaseProvider.PostgreSql, "Gravesham")]
    public async Task The_report_read_for_the_area_equals_the_report_read_from_all_the_data(DatabaseProvider provider, string area)
    {
        var database = await data.DatabaseAsync(provider);
        var order = new ReportOrder(AssessmentReport.Kind, area, Periods, null, false, null, Classification.Restricted(), new DateOnly(2026, 1, 5), ReportFormat.Html, Readership.Restricted);

        var whole = await Use(database, AssessmentReading.Whole).GetRequiredService<ReportFiles>().MakeAsync(order, CancellationToken.None);
        var perArea = await Use(database, AssessmentReading.PerArea).GetRequiredService<ReportFiles>().MakeAsync(order, CancellationToken.None);

        Assert.NotNull(whole.File);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(whole.File.Content), System.Text.Encoding.UTF8.GetString(perArea.File!.Content));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Gravesham")]
    [InlineData(DatabaseProvider.Sqlite, MixedForces.GraveshamWard)]
    [InlineData(DatabaseProvider.PostgreSql, "Dartford")]
    public async Task Hot_spots_and_figures_by_ward_read_for_the_area_equal_those_read_from_all_the_data(DatabaseProvider provider, string area)
    {
        var database = await data.DatabaseAsync(provider);
        var request = new HotSpotRequest(area, Periods.Period, Periods.Baseline, []);

        var whole = Use(database, AssessmentReading.Whole).GetRequiredService<HotSpotAnalysis>();
        var perArea = Use(database, AssessmentReading.PerArea).GetRequiredService<HotSpotAnalysis>();

        var map = await whole.MapAsync(request, CancellationToken.None);
        var mapPerArea = await perArea.MapAsync(request, CancellationToken.None);
        Assert.Equal(AnswerKind.Answered, map.Kind);
        Assert.Equal(JsonSerializer.Serialize(map, CspJson.Indented), JsonSerializer.Serialize(mapPerArea, CspJson.Indented));
        if (area == MixedForces.GraveshamWard) return;
        var byWard = await whole.ByAreaAsync(area, AreaLevel.Ward, Periods.Period, Periods.Baseline, [], CancellationToken.None);
        Assert.NotEmpty(byWard.Figures);
        Assert.Equal(JsonSerializer.Serialize(byWard.Figures, CspJson.Indented),
            JsonSerializer.Serialize((await perArea.ByAreaAsync(area, AreaLevel.Ward, Periods.Period, Periods.Baseline, [], CancellationToken.None)).Figures, CspJson.Indented));
    }

    /// <summary>
    /// The points are read in a stated order (force, month, line), so the densities and Gi* scores summed over them are the
    /// same to the last bit on SQLite and PostgreSQL: the whole map, every double of it, is compared as JSON (round-trip
    /// precision). Gravesham has British Transport Police's points beside Kent Police's in one LSOA.
    /// </summary>
    [Theory]
    [InlineData("Gravesham")]
    [InlineData("Dartford and Gravesham")]
    public async Task The_hot_spot_map_is_the_same_to_the_last_bit_on_sqlite_and_postgresql(string area)
    {
        var request = new HotSpotRequest(area, Periods.Period, Periods.Baseline, []);
        var sqlite = await Use(await data.DatabaseAsync(DatabaseProvider.Sqlite), AssessmentReading.PerArea).GetRequiredService<HotSpotAnalysis>().MapAsync(request, CancellationToken.None);
        var postgres = await Use(await data.DatabaseAsync(DatabaseProvider.PostgreSql), AssessmentReading.PerArea).GetRequiredService<HotSpotAnalysis>().MapAsync(request, CancellationToken.None);

        Assert.Equal(AnswerKind.Answered, sqlite.Kind);
        Assert.True(sqlite.Map!.Cells.Sum(c => c.Count) > 1000, "the map is drawn from the area's points");
        Assert.Equal(Doubles(sqlite.Map), Doubles(postgres.Map!));
        Assert.Equal(JsonSerializer.Serialize(sqlite, CspJson.Indented), JsonSerializer.Serialize(postgres, CspJson.Indented));
    }

    /// <summary>Every cell's figures as their exact bits: JSON could round a double, these cannot.</summary>
    private static List<(int, int, int, long, long, long, long)> Doubles(Csp.Core.HotSpots.HotSpotMap map) =>
        map.Cells.Select(c => (c.Column, c.Row, c.Count, BitConverter.DoubleToInt64Bits(c.DensityPerSquareKm), BitConverter.DoubleToInt64Bits(c.GiZ),
            BitConverter.DoubleToInt64Bits(c.GiP), BitConverter.DoubleToInt64Bits(c.GiPAdjusted))).ToList();

    [Fact]
    public async Task A_command_about_a_district_reads_its_force_areas_counts_and_its_comparators_not_the_rest()
    {
        var database = await data.DatabaseAsync(DatabaseProvider.Sqlite);
        var assessments = Use(database, AssessmentReading.PerArea).GetRequiredService<Assessments>();
        var gravesham = (await assessments.FindAreaAsync("Gravesham", CancellationToken.None)).Area!;

        var read = (await assessments.SnapshotAsync(gravesham, CancellationToken.None)).Data;

        var whole = (await Use(database, AssessmentReading.Whole).GetRequiredService<Assessments>().SnapshotAsync(CancellationToken.None)).Data;
        // Brighton's (BTP and Sussex Police) and the Kent Police border cells in Sussex districts other than the comparator are not read.
        Assert.DoesNotContain(MixedForces.BrightonLsoa, read.Counts.Units);
        Assert.Contains(MixedForces.BrightonLsoa, whole.Counts.Units);
        Assert.Contains(MixedForces.WealdenLsoa, read.Counts.Units);
        Assert.True(read.Counts.Units.Count < whole.Counts.Units.Count);
        // The whole data's months and crime types all the same.
        Assert.Equal((whole.Counts.FirstMonth, whole.Counts.MonthCount), (read.Counts.FirstMonth, read.Counts.MonthCount));
        Assert.Equal(new YearMonth(2021, 12), read.Counts.FirstMonth);
        Assert.Equal(whole.Counts.CrimeTypes, read.Counts.CrimeTypes);
        Assert.Contains(MixedForces.SussexOnlyType, read.Counts.CrimeTypes);
    }

    private static string Json(AssessmentAnswer answer) =>
        JsonSerializer.Serialize(new { answer.Kind, answer.Detail, answer.MissingMonths, answer.MissingRanges, answer.Result }, CspJson.Indented);

    private ServiceProvider Use(CspDatabase database, AssessmentReading reading)
    {
        var services = new ServiceCollection();
        services.AddSingleton(data.Configuration);
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)));
        services.AddSingleton(typeof(AssessmentReading), reading);
        services.AddCsp(_ => database, _ => Repository.Root);
        return services.BuildServiceProvider();
    }
}

/// <summary>The sample with other forces' data beside Kent's, in SQLite and (when first asked for) in PostgreSQL.</summary>
public sealed class MixedForces : IAsyncLifetime
{
    public const string GraveshamLsoa = "E01024262";
    public const string GraveshamWard = "E05014913";
    public const string DartfordLsoa = "E01024134";
    public const string WealdenLsoa = "E01021175";
    public const string BrightonLsoa = "E01016918";
    public const string SussexOnlyType = "Fraud";

    private readonly TemporaryPostgresServer _postgres = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<DatabaseProvider, CspDatabase> _databases = [];

    /// <summary>The partnership's configuration, with a Most Similar Group for Gravesham that reaches into Sussex.</summary>
    public AssessmentConfiguration Configuration { get; } = AssessmentConfiguration.Load(ConfigurationFiles.Under(Repository.Root), NullLogger.Instance) with
    {
        ComparatorGroups = [new MostSimilarGroup("Test group across forces", "E07000109", ["E07000109", "E07000065", "E07000107"])],
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _postgres.DisposeAsync();


    public async Task<CspDatabase> DatabaseAsync(DatabaseProvider provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (_databases.TryGetValue(provider, out var held)) return held;
            string target;
            if (provider == DatabaseProvider.Sqlite)
            {
                target = Path.Combine(Path.GetTempPath(), "csp-tests", $"mixed-forces-{Guid.NewGuid():N}.sqlite");
            }
            else
            {
                await _postgres.StartAsync();
                target = await _postgres.CreateDatabaseAsync();
            }
            var (exit, output) = await CspProcess.RunAsync("import", "sample", "--database", target);
            if (exit != 0) throw new InvalidOperationException("csp import sample failed: " + output);
            var folder = PoliceFiles.TempDirectory();
            string Row(string force, string month, string lsoa, string name, string type) =>
                $",{month},{force},{force},0.37,51.44,On or near a place,{lsoa},{name},{type},Under investigation,";
            var files = new[]
            {
                PoliceFiles.Write(folder, "btp.csv",
                    Row("British Transport Police", "2025-01", GraveshamLsoa, "Gravesham 002A", "Theft from the person"),
                    Row("British Transport Police", "2025-04", GraveshamLsoa, "Gravesham 002A", "Other theft"),
                    Row("British Transport Police", "2022-02", GraveshamLsoa, "Gravesham 002A", "Theft from the person"),
                    Row("British Transport Police", "2025-02", BrightonLsoa, "Brighton and Hove 001A", "Other theft")),
                PoliceFiles.Write(folder, "met.csv",
                    Row("Metropolitan Police Service", "2025-03", DartfordLsoa, "Dartford 001A", "Robbery"),
                    Row("Metropolitan Police Service", "2022-03", DartfordLsoa, "Dartford 001A", "Burglary")),
                PoliceFiles.Write(folder, "sussex.csv",
                    Row("Sussex Police", "2021-12", WealdenLsoa, "Wealden 001A", "Burglary"),
                    Row("Sussex Police", "2025-01", WealdenLsoa, "Wealden 001A", "Vehicle crime"),
                    Row("Sussex Police", "2025-01", BrightonLsoa, "Brighton and Hove 001A", SussexOnlyType),
                    Row("Sussex Police", "2022-05", BrightonLsoa, "Brighton and Hove 001A", "Burglary")),
            };
            (exit, output) = await CspProcess.RunAsync(["import", "police-uk", .. files, "--database", target]);
            if (exit != 0) throw new InvalidOperationException("csp import police-uk failed: " + output);
            return _databases[provider] = CspDatabase.Resolve(target, Repository.Root);
        }
        finally
        {
            _gate.Release();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class MixedForcesCollection : ICollectionFixture<MixedForces>
{
    public const string Name = "Sample with other forces";
}
