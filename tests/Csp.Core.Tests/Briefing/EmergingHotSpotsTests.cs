using Csp.Core.Briefing;
using Csp.Core.Geometry;

namespace Csp.Core.Tests.Briefing;

public sealed class EmergingHotSpotsTests
{
    private static readonly DateTime Until = new(2025, 6, 1, 0, 0, 0);

    /// <summary>Incidents spread one a day backwards from a day, at noon.</summary>
    private static void Spread(IncidentIndexBuilder b, string place, string category, DateTime lastDay, int count, int everyDays)
    {
        for (var i = 0; i < count; i++)
        {
            var day = DateOnly.FromDateTime(lastDay.AddDays(-i * everyDays));
            b.Add($"{place}.{category}.{lastDay:MMdd}.{i}", day, new TimeOnly(12, 0), category, 0, 0, place);
        }
    }

    private static IncidentIndex Wards()
    {
        var b = new IncidentIndexBuilder();
        var baselineEnd = Until.AddDays(-29); // the last day of the baseline
        Spread(b, "Ward A", "Burglary", baselineEnd, 10, 30);   // 10 in the year before
        Spread(b, "Ward A", "Burglary", Until.AddDays(-1), 4, 1); // 4 in the last 7 days
        Spread(b, "Ward A", "Burglary", Until.AddDays(-20), 2, 1); // 2 more in the last 28
        Spread(b, "Ward B", "Burglary", baselineEnd, 100, 3);   // busy as usual: 100 in the year, 8 in the last 28 days
        Spread(b, "Ward B", "Burglary", Until.AddDays(-1), 8, 3);
        Spread(b, "Ward C", "Burglary", Until.AddDays(-1), 2, 1); // 2 from nothing: below the minimum of 3
        return b.Build();
    }

    [Fact]
    public void A_place_running_above_its_own_rate_is_flagged_with_its_expected_count_and_p_value()
    {
        var result = EmergingHotSpots.Find(Wards(), new EmergingHotSpotOptions(Until));

        var a = Assert.Single(result.HotSpots);
        // Usual rate (10 + 0.5) / 364 a day: 0.2019 expected in 7 days, 0.8077 in 28.
        // P(X >= 4 | 0.2019) = 5.8968e-5; P(X >= 6 | 0.8077) = 1.9397e-4: the 7-day window is the stronger.
        Assert.Equal(("Ward A", "Burglary", 7, 4, 6, 10), (a.Place, a.Category, a.Window, a.Recent, a.Recent28, a.Baseline));
        Assert.Equal(10.5 / 364 * 7, a.Expected, 1e-12);
        Assert.Equal(5.896796710048742e-05, a.PValue, 1e-12);
        Assert.Equal(0.00019397315867199965, a.PValue28, 1e-12);
        Assert.Null(a.Centre);
    }

    [Fact]
    public void The_false_alarms_are_the_exact_chances_of_reaching_the_flagging_counts_when_nothing_changed()
    {
        var b = new IncidentIndexBuilder();
        Spread(b, "Ward A", "Burglary", Until.AddDays(-29), 10, 30);

        var result = EmergingHotSpots.Find(b.Build(), new EmergingHotSpotOptions(Until));

        // One place, one category: flagged at 4 in 7 days (P = 5.8968e-5) or 6 in 28 days (P = 1.9397e-4).
        Assert.Equal(1, result.Tests);
        Assert.Equal(5.896796710048742e-05 + 0.00019397315867199965, result.ExpectedFalseAlarms, 1e-12);
        Assert.Contains("about 0.0 flags a day would arise by chance alone", result.Method, StringComparison.Ordinal);
        Assert.Empty(result.HotSpots);
    }

    [Fact]
    public void Grid_cells_are_places_when_a_grid_is_given()
    {
        var b = new IncidentIndexBuilder();
        for (var i = 0; i < 5; i++) b.Add($"n{i}", DateOnly.FromDateTime(Until.AddDays(-1 - i)), new TimeOnly(22, 0), "Criminal damage", 150, 50);
        b.Add("far", DateOnly.FromDateTime(Until.AddDays(-100)), null, "Criminal damage", 950, 950);
        var grid = new SquareGrid(new Extent(0, 0, 1000, 1000), 100);

        var result = EmergingHotSpots.Find(b.Build(), new EmergingHotSpotOptions(Until) { Grid = grid });

        var cell = Assert.Single(result.HotSpots);
        Assert.Equal(new PlanarPoint(150, 50), cell.Centre);
        Assert.Equal("cell 1,0 (E 150, N 50)", cell.Place);
        Assert.Equal(100, result.Tests);
    }
}
