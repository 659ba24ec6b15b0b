using System.Text.Json;
using Csp.Core.Performance;
using Csp.Core.Periods;

namespace Csp.Core.Tests.Performance;

public sealed class PerformanceEngineTests
{
    private static readonly PerformanceArea Dartford = new("E07000107", "Dartford");
    private static readonly PerformanceArea Gravesham = new("E07000109", "Gravesham");
    private static readonly PerformanceArea Partnership = new("E22000352", "Dartford and Gravesham", [Dartford, Gravesham]);
    private static readonly PeriodComparison Q2 = PeriodComparison.Quarter(2025, 2);

    private static Measure Measure(string name, MeasureUnit unit = MeasureUnit.Count, Polarity polarity = Polarity.LowerIsBetter, string? target = null,
        Dictionary<string, MeasureTarget>? areaTargets = null, decimal? baseline = null, AgeBand? band = null, string? sourceKey = null)
    {
        MeasureTarget.TryParse(target, out var t);
        return new Measure(name, "", MeasureSourceKind.PartnerReturn, sourceKey ?? name, unit, polarity, t, areaTargets ?? [], "", "", baseline, null, band);
    }

    private static ReturnPeriod Month(int year, int month) => ReturnPeriod.Of(new MonthRange(new YearMonth(year, month), new YearMonth(year, month)));

    private static ReturnPeriod Quarter(int year) => ReturnPeriod.Of(new MonthRange(new YearMonth(year, 4), new YearMonth(year, 6)));

    private static PerformanceRow One(Measure measure, PerformanceData data, PerformanceArea? area = null) =>
        PerformanceEngine.Compute(new PerformanceRequest(area ?? Dartford, Q2, [measure]), data).Rows.Single();

    [Fact]
    public void A_lagging_count_is_compared_with_the_same_months_a_year_earlier()
    {
        // Fires by month; June 2025 is not returned yet, so Apr-May 25 (12 + 17) is set against Apr-May 24 (14 + 19), not Apr-Jun 24.
        var data = new PerformanceData()
            .Add("Deliberate fires", Dartford.Code, Month(2024, 4), 14, MeasureUnit.Count)
            .Add("Deliberate fires", Dartford.Code, Month(2024, 5), 19, MeasureUnit.Count)
            .Add("Deliberate fires", Dartford.Code, Month(2024, 6), 22, MeasureUnit.Count)
            .Add("Deliberate fires", Dartford.Code, Month(2025, 4), 12, MeasureUnit.Count)
            .Add("Deliberate fires", Dartford.Code, Month(2025, 5), 17, MeasureUnit.Count);

        var row = One(Measure("Deliberate fires", target: "reduce by 5%"), data);

        // -4 of 33 = -12.12%; the level is 33 x 0.95 = 31.35 and 29 is under it.
        Assert.Equal(new PerformanceRow("Deliberate fires", 29, 33, -4, -12.1m, "count", "reduce by 5%", "green", new DateOnly(2025, 5, 31), false), row);
    }

    [Fact]
    public void A_percentage_changes_in_points()
    {
        var data = new PerformanceData()
            .Add("Teenagers", Gravesham.Code, Quarter(2024), 28.2m, MeasureUnit.Percentage)
            .Add("Teenagers", Gravesham.Code, Quarter(2025), 18.9m, MeasureUnit.Percentage);

        var row = One(Measure("Teenagers", MeasureUnit.Percentage, target: "reduce"), data, Gravesham);

        // Seed 000 line 469: 28.2% to 18.9% is -9.3 points, not -33%.
        Assert.Equal((-9.3m, -9.3m, "percentage", "green"), (row.Change, row.PercentChange, row.Unit, row.Status));
    }

    [Fact]
    public void A_figure_returned_as_not_available_is_not_zero()
    {
        var data = new PerformanceData()
            .Add("High ASB", Dartford.Code, Quarter(2024), 9.4m, MeasureUnit.Percentage)
            .Add("High ASB", Dartford.Code, Quarter(2025), null, MeasureUnit.Percentage);

        var row = One(Measure("High ASB", MeasureUnit.Percentage, target: "reduce"), data);

        Assert.True(row.NotAvailable);
        Assert.Null(row.Value);
        Assert.Null(row.Change);
        Assert.Equal("not rated", row.Status);
    }

    [Fact]
    public void A_baseline_returned_as_not_available_leaves_the_change_empty()
    {
        var data = new PerformanceData()
            .Add("High ASB", Dartford.Code, Quarter(2024), null, MeasureUnit.Percentage)
            .Add("High ASB", Dartford.Code, Quarter(2025), 8.1m, MeasureUnit.Percentage);

        var row = One(Measure("High ASB", MeasureUnit.Percentage, target: "reduce"), data);

        Assert.Equal((8.1m, (decimal?)null, (decimal?)null, "not rated", false), (row.Value, row.BaselineValue, row.Change, row.Status, row.NotAvailable));
    }

    [Fact]
    public void A_partnership_adds_its_districts_and_takes_the_worst_of_their_own_targets()
    {
        // Seed 001: reduce road traffic collisions in Dartford, maintain the low level in Gravesham.
        var data = new PerformanceData()
            .Add("RTC", Dartford.Code, Quarter(2024), 48, MeasureUnit.Count).Add("RTC", Dartford.Code, Quarter(2025), 44, MeasureUnit.Count)
            .Add("RTC", Gravesham.Code, Quarter(2024), 21, MeasureUnit.Count).Add("RTC", Gravesham.Code, Quarter(2025), 22, MeasureUnit.Count);
        var measure = Measure("RTC", areaTargets: new() { ["Dartford"] = new MeasureTarget(TargetKind.Improve, 0), ["E07000109"] = MeasureTarget.Maintain });

        var rows = PerformanceEngine.Compute([Dartford, Gravesham, Partnership], Q2, [measure], data).Select(r => r.Rows.Single()).ToList();

        Assert.Equal(("reduce", "green"), (rows[0].Target, rows[0].Status));
        Assert.Equal(("maintain", "amber"), (rows[1].Target, rows[1].Status)); // 22 against 21: 1 worse, within 5% of 21
        Assert.Equal((66m, 69m, -3m, -4.3m), (rows[2].Value, rows[2].BaselineValue, rows[2].Change, rows[2].PercentChange));
        Assert.Equal(("Dartford: reduce; Gravesham: maintain", "amber"), (rows[2].Target, rows[2].Status));
    }

    [Fact]
    public void A_partnership_does_not_add_up_percentages()
    {
        var data = new PerformanceData()
            .Add("Repeat %", Dartford.Code, Quarter(2025), 21.9m, MeasureUnit.Percentage)
            .Add("Repeat %", Gravesham.Code, Quarter(2025), 24.1m, MeasureUnit.Percentage);

        Assert.True(One(Measure("Repeat %", MeasureUnit.Percentage), data, Partnership).NotAvailable);
    }

    [Fact]
    public void A_rate_by_age_band_divides_by_the_residents_of_that_band()
    {
        var data = new PerformanceData()
            .Add("FTE", Dartford.Code, Quarter(2024), 31, MeasureUnit.Count)
            .Add("FTE", Dartford.Code, Quarter(2025), 28, MeasureUnit.Count)
            .AddPopulation(Dartford.Code, new AgeBand(10, 17), 11_200)
            .AddPopulation(Dartford.Code, AgeBand.AllAges, 116_800);

        var row = One(Measure("FTE per 1,000 aged 10-17", MeasureUnit.RatePer1000, target: "reduce", band: new AgeBand(10, 17), sourceKey: "FTE"), data);

        // 28 x 1000 / 11,200 = 2.50; 31 x 1000 / 11,200 = 2.7679 -> 2.77.
        Assert.Equal((2.50m, 2.77m, "rate per 1,000", "green"), (row.Value, row.BaselineValue, row.Unit, row.Status));
    }

    [Fact]
    public void A_fixed_baseline_replaces_the_year_before_and_an_annual_figure_never_counts_towards_a_quarter()
    {
        var data = new PerformanceData()
            .Add("Fires", Dartford.Code, Quarter(2024), 30, MeasureUnit.Count)
            .Add("Fires", Dartford.Code, Quarter(2025), 27, MeasureUnit.Count)
            .Add("Fires", Dartford.Code, ReturnPeriod.Of(new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 12))), 500, MeasureUnit.Count);

        var row = One(Measure("Fires", target: "maintain", baseline: 25), data);

        Assert.Equal((27m, 25m, 2m, 8m, "red"), (row.Value, row.BaselineValue, row.Change, row.PercentChange, row.Status));
    }

    [Fact]
    public void Overlapping_figures_from_different_returns_are_not_added_twice()
    {
        // Seed 000: Gravesham DA incidents Oct 09 - Sep 10 (1,606) and, from another report, Apr-Jul 10 (528).
        var year = ReturnPeriod.Of(new MonthRange(new YearMonth(2009, 10), new YearMonth(2010, 9)));
        var data = new PerformanceData()
            .Add("DA", Gravesham.Code, year, 1606, MeasureUnit.Count)
            .Add("DA", Gravesham.Code, ReturnPeriod.Of(new MonthRange(new YearMonth(2010, 4), new YearMonth(2010, 7))), 528, MeasureUnit.Count);

        var row = PerformanceEngine.Compute(new PerformanceRequest(Gravesham, PeriodComparison.YearEndingSeptember(2010), [Measure("DA", polarity: Polarity.MonitorOnly)]), data).Rows.Single();

        Assert.Equal((1606m, new DateOnly(2010, 9, 30)), (row.Value!.Value, row.DataTo!.Value));
    }

    [Fact]
    public void Monitor_only_measures_show_their_figures_unrated()
    {
        var data = new PerformanceData().Add("Noise", Dartford.Code, Quarter(2024), 95, MeasureUnit.Count).Add("Noise", Dartford.Code, Quarter(2025), 102, MeasureUnit.Count);

        var row = One(Measure("Noise", polarity: Polarity.MonitorOnly), data);

        Assert.Equal((102m, 95m, 7m, 7.4m, (string?)null, "not rated"), (row.Value, row.BaselineValue, row.Change, row.PercentChange, row.Target, row.Status));
    }

    [Fact]
    public void A_later_figure_for_the_same_period_replaces_the_earlier()
    {
        var data = new PerformanceData().Add("Noise", Dartford.Code, Quarter(2025), 102, MeasureUnit.Count).Add("Noise", Dartford.Code, Quarter(2025), 99, MeasureUnit.Count);

        Assert.Equal((1, 99m), (data.PointCount, One(Measure("Noise"), data).Value));
    }

    [Fact]
    public void The_row_serialises_with_exactly_the_documented_names()
    {
        var row = new PerformanceRow("m", 1, 2, -1, -50, "count", "reduce", "green", new DateOnly(2025, 6, 30), false);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(row, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));

        Assert.Equal(["measure", "value", "baselineValue", "change", "percentChange", "unit", "target", "status", "dataTo", "notAvailable", "withheld", "demonstration"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-06-30", json.RootElement.GetProperty("dataTo").GetString());
    }

    [Fact]
    public void Three_hundred_areas_by_fifty_measures_are_each_computed_from_their_own_figures()
    {
        // Area i, measure j: last year 100 + i + j, this year 100 + i + 2j (so the change is j and each cell is distinct).
        var data = new PerformanceData();
        var measures = Enumerable.Range(0, 50).Select(j => Measure($"M{j}", target: "reduce by 5%")).ToList();
        var areas = Enumerable.Range(0, 300).Select(i => new PerformanceArea($"E07{i:D6}", $"Area {i}")).ToList();
        for (var i = 0; i < 300; i++)
        {
            for (var j = 0; j < 50; j++)
            {
                data.Add($"M{j}", areas[i].Code, Quarter(2024), 100 + i + j, MeasureUnit.Count);
                data.Add($"M{j}", areas[i].Code, Quarter(2025), 100 + i + 2 * j, MeasureUnit.Count);
            }
        }

        var results = PerformanceEngine.Compute(areas, Q2, measures, data);

        Assert.Equal(15_000, results.Sum(r => r.Rows.Count));
        var cell = results[123].Rows[7]; // 230 -> 237: +3.0%, above the level of 218.5 by more than 5% of it
        Assert.Equal(("M7", 237m, 230m, 7m, 3.0m, "red"), (cell.Measure, cell.Value, cell.BaselineValue, cell.Change, cell.PercentChange, cell.Status));
        var flat = results[0].Rows[0]; // 100 -> 100: 5 above the level of 95, more than 4.75 (5% of the level): red
        Assert.Equal((0m, "red"), (flat.Change, flat.Status));
    }
}
