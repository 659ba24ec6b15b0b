using Csp.Core.Imports;
using Csp.Core.Periods;

namespace Csp.Core.Tests.MonthCompleteness;

public sealed class ForceMonthCompletenessTests
{
    private static List<(YearMonth, long)> Months(params long[] rows) => rows.Select((r, i) => (new YearMonth(2025, 1).AddMonths(i), r)).ToList();

    [Fact]
    public void A_month_below_a_quarter_of_the_median_of_the_others_is_flagged_with_the_figures()
    {
        // The 55-row Kent month of issue 14 among months of about 14,000: the others' median is 14,100.
        var flagged = ForceMonthCompleteness.ImplausiblyFew(Months(14_000, 14_200, 55, 13_900, 14_300));

        var (month, reason) = Assert.Single(flagged);
        Assert.Equal(new YearMonth(2025, 3), month);
        Assert.Equal("55 rows, below 25% of 14,100 (the median of the force's 4 other months): too few to be the whole month", reason);
    }

    [Fact]
    public void The_bound_is_strict_and_real_variation_is_not_flagged()
    {
        // Median of the other three is 1,000: 250 is exactly a quarter (kept), 249 is below (flagged). Kent's sample months
        // run from 82% to 114% of their median.
        Assert.Empty(ForceMonthCompleteness.ImplausiblyFew(Months(1_000, 1_000, 1_000, 250)));
        Assert.Single(ForceMonthCompleteness.ImplausiblyFew(Months(1_000, 1_000, 1_000, 249)));
        Assert.Empty(ForceMonthCompleteness.ImplausiblyFew(Months(13_305, 16_172, 18_365, 15_000, 16_500)));
    }

    [Fact]
    public void With_fewer_than_three_other_months_there_is_nothing_to_judge_by()
    {
        Assert.Empty(ForceMonthCompleteness.ImplausiblyFew(Months(10_000, 10_000, 5)));
    }
}
