using Csp.Core.Performance;
using Csp.Core.Periods;
using Csp.Core.Reports;

namespace Csp.Core.Tests.Performance;

public sealed class ShareSuppressionTests
{
    private static readonly PerformanceArea Gravesham = new("E07000109", "Gravesham");

    private static readonly Measure Share = new("DA repeat share", "", MeasureSourceKind.RepeatVictims, "", MeasureUnit.Percentage, Polarity.LowerIsBetter,
        MeasureTarget.TryParse("reduce", out var t) ? t : null, new Dictionary<string, MeasureTarget>(), "Kent Police", "Violent crime");

    private static ReturnPeriod Quarter(int year) => ReturnPeriod.Of(new MonthRange(new YearMonth(year, 4), new YearMonth(year, 6)));

    private static PerformanceResult Table(ShareBase now, ShareBase before, decimal value = 25.0m, decimal baseline = 40.0m)
    {
        var data = new PerformanceData()
            .Add(Share.SeriesKey, Gravesham.Code, Quarter(2024), baseline, MeasureUnit.Percentage, before)
            .Add(Share.SeriesKey, Gravesham.Code, Quarter(2025), value, MeasureUnit.Percentage, now);
        return PerformanceEngine.Compute(new PerformanceRequest(Gravesham, PeriodComparison.Quarter(2025, 2), [Share]), data);
    }

    [Theory]
    [InlineData(1, 3, 5, true)]     // 1 repeat victim of 3: both small
    [InlineData(4, 40, 5, true)]    // 4 repeat victims of 40: the repeats could be identified
    [InlineData(5, 40, 5, false)]   // 5 is not below 5
    [InlineData(0, 12, 5, false)]   // no repeat victim points to no one; 12 victims is not small
    [InlineData(0, 3, 5, true)]     // a share of 3 victims
    [InlineData(0, 0, 5, false)]    // no victims: no share either
    [InlineData(1, 3, 0, false)]    // threshold 0: nothing is withheld
    [InlineData(3, 9, 3, false)]    // at a threshold of 3, 3 and 9 are shown
    public void A_share_is_withheld_when_its_victims_or_repeat_victims_number_from_1_to_the_threshold_less_one(long part, long whole, int threshold, bool withheld) =>
        Assert.Equal(withheld, ShareSuppression.Withholds(new ShareBase(part, whole), threshold));

    [Fact]
    public void A_public_reader_sees_the_share_of_three_victims_withheld_whole_and_a_restricted_reader_sees_it()
    {
        // 1 repeat victim of 3 this quarter (25.0% of the incidents), 4 of 10 a year before (40.0%).
        var table = Table(new ShareBase(1, 3), new ShareBase(4, 10));

        var shown = ShareSuppression.Apply(table, Classification.Public(5)).Rows.Single();
        var all = ShareSuppression.Apply(table, Classification.Restricted()).Rows.Single();

        Assert.Equal(((decimal?)null, (decimal?)null, (decimal?)null, (decimal?)null, "not rated", true, false),
            (shown.Value, shown.BaselineValue, shown.Change, shown.PercentChange, shown.Status, shown.Withheld, shown.NotAvailable));
        Assert.Equal(("*", "*", "*", "*"), (PerformanceText.Value(shown), PerformanceText.Baseline(shown), PerformanceText.Change(shown), PerformanceText.PercentChange(shown)));
        // 25.0 against 40.0: -15.0 points, better than "reduce": green.
        Assert.Equal((25.0m, 40.0m, -15.0m, "green", false), (all.Value, all.BaselineValue, all.Change, all.Status, all.Withheld));
    }

    [Fact]
    public void A_small_baseline_withholds_the_row_and_large_bases_on_both_sides_do_not()
    {
        var smallBefore = ShareSuppression.Apply(Table(new ShareBase(6, 20), new ShareBase(2, 9)), Classification.Public(5)).Rows.Single();
        var large = ShareSuppression.Apply(Table(new ShareBase(6, 20), new ShareBase(5, 25), 30.0m, 20.0m), Classification.Public(5)).Rows.Single();

        Assert.True(smallBefore.Withheld);
        Assert.Null(smallBefore.Value);
        Assert.Equal((30.0m, 20.0m, false), (large.Value, large.BaselineValue, large.Withheld));
    }
}
