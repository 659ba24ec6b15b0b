using Csp.Core.Periods;

namespace Csp.Core.Tests.Periods;

public sealed class MonthCoverageTests
{
    private static IEnumerable<YearMonth> Range(string first, string last)
    {
        for (var m = YearMonth.Parse(first); m <= YearMonth.Parse(last); m = m.AddMonths(1)) yield return m;
    }

    [Fact]
    public void The_bundled_kent_sample_is_missing_late_2021_and_december_2022_to_december_2024()
    {
        // Held: Jan-Sep 2021, Jan-Nov 2022, Jan-Dec 2025. Missing inside: Oct-Dec 2021 (3) and Dec 2022 + 2023 + 2024 (1 + 24 = 25).
        var held = Range("2021-01", "2021-09").Concat(Range("2022-01", "2022-11")).Concat(Range("2025-01", "2025-12"));

        var missing = MonthCoverage.MissingWithin(held);

        Assert.Equal(28, missing.Count);
        Assert.Equal(YearMonth.Parse("2021-10"), missing[0]);
        Assert.Equal(YearMonth.Parse("2022-12"), missing[3]);
        Assert.Equal(YearMonth.Parse("2024-12"), missing[^1]);
        Assert.Equal("2021-10..2021-12, 2022-12..2024-12", MonthCoverage.Describe(missing));
    }

    [Fact]
    public void Months_held_out_of_order_and_twice_give_the_gaps_in_order()
    {
        var held = new[] { "2023-06", "2023-01", "2023-03", "2023-01", "2023-06" }.Select(YearMonth.Parse);

        var missing = MonthCoverage.MissingWithin(held);

        Assert.Equal(["2023-02", "2023-04", "2023-05"], missing.Select(m => m.ToString()));
    }

    [Fact]
    public void Nothing_is_missing_from_an_unbroken_run_a_single_month_or_no_months()
    {
        Assert.Empty(MonthCoverage.MissingWithin(Range("2022-11", "2023-02")));
        Assert.Empty(MonthCoverage.MissingWithin([YearMonth.Parse("2025-01")]));
        Assert.Empty(MonthCoverage.MissingWithin([]));
    }

    [Fact]
    public void Describe_writes_a_lone_month_alone_and_a_run_as_first_to_last()
    {
        var months = new[] { "2023-05", "2023-07", "2023-08", "2023-12", "2024-01", "2024-02" }.Select(YearMonth.Parse).ToList();

        Assert.Equal("2023-05, 2023-07..2023-08, 2023-12..2024-02", MonthCoverage.Describe(months));
        Assert.Equal("", MonthCoverage.Describe([]));
    }
}
