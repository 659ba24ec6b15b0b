using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Core.Priorities;

namespace Csp.Core.Tests.Assessment;

/// <summary>The series of earlier years: January of 2023, 2024 and 2025 in one district, with 2024 not held by the force.</summary>
public sealed class AssessmentSeriesTests
{
    private static readonly YearMonth Jan23 = new(2023, 1), Jan24 = new(2024, 1), Jan25 = new(2025, 1);

    private static AssessmentResult Assess(IReadOnlySet<YearMonth>? held)
    {
        var counts = CrimeCounts.Build([("L", "Burglary", Jan23, 12), ("L", "Burglary", Jan25, 9), ("L", "Burglary", new YearMonth(2024, 12), 7)]);
        var areas = new AreaModel([new Area("F", "Shire", AreaLevel.ForceArea, null), new Area("A", "Ayton", AreaLevel.District, "F")],
            new Dictionary<string, int[]> { ["A"] = [0], ["F"] = [0] }, new Dictionary<(string, int), long>(), new Dictionary<string, string> { ["A"] = "F" });
        var request = new AssessmentRequest(areas.Find("A")!, PeriodComparison.Month(Jan25),
            new OffenceScheme([], new Dictionary<string, double>()), PriorityJudgements.Default, null, [], false) { MonthsHeld = held };
        return AssessmentEngine.Assess(counts, areas, request);
    }

    [Fact]
    public void A_year_the_data_lacks_is_left_out_of_the_series_not_shown_as_zero()
    {
        var held = new HashSet<YearMonth> { Jan23, Jan25, new(2024, 12) };
        var series = Assess(held).Rows.Single(r => r.Category == "Burglary").Series;
        Assert.Equal([("2023-01", 12L), ("2025-01", 9L)], series.Select(p => (p.From, p.Count)));
    }

    [Fact]
    public void Without_a_record_of_the_months_held_every_year_in_range_is_in_the_series()
    {
        var series = Assess(null).Rows.Single(r => r.Category == "Burglary").Series;
        Assert.Equal([("2023-01", 12L), ("2024-01", 0L), ("2025-01", 9L)], series.Select(p => (p.From, p.Count)));
    }
}
