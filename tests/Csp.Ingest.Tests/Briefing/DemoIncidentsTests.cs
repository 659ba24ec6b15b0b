using System.Text;
using Csp.Core.Briefing;
using Csp.Core.Geometry;
using Csp.Core.Incidents;
using Csp.Core.NearRepeat;
using Csp.Ingest.Incidents;

namespace Csp.Ingest.Tests.Briefing;

/// <summary>
/// The generated demo incidents (data/sample/incidents, GENERATED DEMO) import cleanly and give the briefing something
/// to show: the last day, emerging hot spots where the script planted one, near repeats the Knox test finds.
/// </summary>
public sealed class DemoIncidentsTests
{
    private static readonly string DemoFile = RepositoryFiles.Sample("incidents", "incidents-GENERATED-DEMO.csv.gz");

    private static readonly Lazy<List<IncidentRecord>> Records = new(() =>
    {
        using var stream = RepositoryFiles.Open(DemoFile);
        using var reader = new IncidentCsvReader(stream, "incidents-GENERATED-DEMO.csv");
        Assert.True(reader.Open(), reader.FileError?.Message);
        var rows = reader.Rows().ToList();
        Assert.Empty(reader.TakeIssues());
        return rows;
    });

    private static readonly Lazy<IncidentIndex> Index = new(() =>
    {
        var builder = new IncidentIndexBuilder();
        foreach (var r in Records.Value) builder.Add(r);
        return builder.Build();
    });

    [Fact]
    public void Every_row_is_labelled_as_generated_and_imports_without_a_problem()
    {
        using var text = new StreamReader(RepositoryFiles.Open(DemoFile), Encoding.UTF8);
        var lines = text.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.EndsWith(",source", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",GENERATED DEMO", l, StringComparison.Ordinal));
        Assert.Equal(lines.Length - 1, Records.Value.Count);
        // Around the 132 LSOA centroids of Dartford and Gravesham (E 550,663-571,349, N 161,761-176,168), addresses scattered by up to about a kilometre.
        Assert.All(Records.Value, r => Assert.True(r.X is > 549_000 and < 573_000 && r.Y is > 160_000 and < 178_000, r.IncidentId));
    }

    [Fact]
    public void The_last_day_has_incidents_for_the_briefing_and_violence_keeps_the_seeds_night_time_share()
    {
        var until = new DateTime(2026, 12, 4, 9, 0, 0);
        var briefing = DailyBriefing.Build(new BriefingRequest(BriefingWindow.Default(until)), Index.Value, []);
        var violence = TimeProfile.Compute(Index.Value, new TimeProfileRequest(new DateOnly(2024, 12, 4), new DateOnly(2026, 12, 3), ["Violence against the person"],
            TimeOfDayWindow.Parse("19:00-01:00")));

        Assert.Equal(new DateOnly(2026, 12, 3), Index.Value.Span!.Value.Last);
        Assert.InRange(briefing.Total, 10, 80);
        Assert.NotEmpty(briefing.RepeatLocations);
        Assert.InRange(violence.Window!.Share!.Value, 0.35, 0.45);
    }

    [Fact]
    public void Emerging_hot_spots_find_the_planted_rise_and_the_knox_test_finds_the_planted_near_repeats()
    {
        var until = new DateTime(2026, 12, 4, 0, 0, 0);
        var grid = new SquareGrid(new Extent(549_000, 160_000, 573_000, 178_000), 500);

        var emerging = EmergingHotSpots.Find(Index.Value, new EmergingHotSpotOptions(until) { Grid = grid });
        var burglaries = Records.Value.Where(r => r.Category == "Burglary - residential").Select(r => new NearRepeatEvent(r.X, r.Y, r.Date)).ToList();
        var knox = KnoxTest.Run(burglaries, new KnoxTestOptions(DistanceBands.FromBreaks(0, 1, 101, 201, 301, 401, double.PositiveInfinity),
            DistanceBands.FromBreaks(0, 8, 15, 22, 29, double.PositiveInfinity)) { Permutations = 99, Seed = 1 });
        var signature = NearRepeatSignature.FromKnox("Burglary - residential", knox);

        Assert.Contains(emerging.HotSpots, h => h.Category is "Anti-social behaviour" or "Criminal damage");
        Assert.True(emerging.HotSpots.Count > emerging.ExpectedFalseAlarms, $"{emerging.HotSpots.Count} flags against {emerging.ExpectedFalseAlarms:F2} by chance");
        Assert.NotNull(signature);
        Assert.InRange(signature.Metres, 101, 401);
        Assert.InRange(signature.Days, 7, 28);
    }
}
