using Csp.Core.Periods;

namespace Csp.Core.Tests.Periods;

public sealed class PeriodComparisonTests
{
    [Fact]
    public void The_year_ending_September_2025_runs_from_October_2024_and_compares_with_the_year_before()
    {
        var p = PeriodComparison.YearEndingSeptember(2025);

        Assert.Equal("2024-10..2025-09", p.Period.ToString());
        Assert.Equal("2023-10..2024-09", p.Baseline.ToString());
        Assert.Equal(12, p.Period.MonthCount);
        Assert.Equal("year ending September", p.Kind);
    }

    [Fact]
    public void A_financial_year_runs_April_to_March() =>
        Assert.Equal("2025-04..2026-03", PeriodComparison.FinancialYear(2025).Period.ToString());

    [Fact]
    public void Year_to_date_compares_April_to_July_with_the_same_months_a_year_earlier()
    {
        var p = PeriodComparison.YearToDate(new YearMonth(2011, 7));

        Assert.Equal("2011-04..2011-07", p.Period.ToString());
        Assert.Equal("2010-04..2010-07", p.Baseline.ToString());
        Assert.Equal("Apr-Jul 11", p.Period.Label());
    }

    [Fact]
    public void Year_to_date_in_February_starts_in_the_April_before() =>
        Assert.Equal("2025-04..2026-02", PeriodComparison.YearToDate(new YearMonth(2026, 2)).Period.ToString());

    [Fact]
    public void A_quarter_and_a_month_compare_with_a_year_earlier()
    {
        Assert.Equal("2025-04..2025-06", PeriodComparison.Quarter(2025, 2).Period.ToString());
        Assert.Equal("2024-04..2024-06", PeriodComparison.Quarter(2025, 2).Baseline.ToString());
        Assert.Equal("2024-03", PeriodComparison.Month(new YearMonth(2025, 3)).Baseline.ToString());
    }

    [Fact]
    public void Explicit_ranges_parse_and_keep_any_baseline()
    {
        Assert.True(MonthRange.TryParse("2025-01..2025-09", out var period));
        Assert.True(MonthRange.TryParse("2022-01..2022-09", out var baseline));
        var p = PeriodComparison.Explicit(period, baseline);
        Assert.Equal(9, p.Baseline.MonthCount);
        Assert.False(MonthRange.TryParse("2025-09..2025-01", out _));
        Assert.False(MonthRange.TryParse("2025-13..2026-01", out _));
    }

    [Fact]
    public void A_range_across_years_is_labelled_as_the_seeds_do() =>
        Assert.Equal("Oct 24 - Sept 25", PeriodComparison.YearEndingSeptember(2025).Period.Label());
}
