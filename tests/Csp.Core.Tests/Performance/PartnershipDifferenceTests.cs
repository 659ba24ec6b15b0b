using Csp.Core.Performance;
using Csp.Core.Periods;
using Csp.Core.Reports;

namespace Csp.Core.Tests.Performance;

public sealed class PartnershipDifferenceTests
{
    private static readonly PerformanceArea Dartford = new("E07000107", "Dartford");
    private static readonly PerformanceArea Gravesham = new("E07000109", "Gravesham");
    private static readonly PerformanceArea Partnership = new("E22000352", "Dartford and Gravesham", [Dartford, Gravesham]);

    private static readonly Measure Asb = new("Anti-social behaviour incidents", "", MeasureSourceKind.PoliceUkCategory, "Anti-social behaviour", MeasureUnit.Count,
        Polarity.LowerIsBetter, MeasureTarget.TryParse("reduce", out var t) ? t : null, new Dictionary<string, MeasureTarget>(), "Kent Police", "Anti-social behaviour");

    private static readonly Measure Fires = new("Deliberate fires", "", MeasureSourceKind.PartnerReturn, "", MeasureUnit.Count,
        Polarity.LowerIsBetter, MeasureTarget.TryParse("reduce", out var f) ? f : null, new Dictionary<string, MeasureTarget>(), "Kent Fire and Rescue", "Arson");

    private static ReturnPeriod Quarter(int year) => ReturnPeriod.Of(new MonthRange(new YearMonth(year, 4), new YearMonth(year, 6)));

    /// <summary>Each area's figure of both measures: (2024, 2025) per area.</summary>
    private static (PerformanceResult Partnership, IReadOnlyList<PerformanceResult> Districts) Tables((int Before, int Now) dartford, (int Before, int Now) gravesham, (int Before, int Now) partnership)
    {
        var data = new PerformanceData();
        foreach (var measure in new[] { Asb, Fires })
        {
            foreach (var (area, (before, now)) in new[] { (Dartford, dartford), (Gravesham, gravesham), ((PerformanceArea)Partnership, partnership) })
            {
                data.Add(measure.SeriesKey, area.Code, Quarter(2024), before, MeasureUnit.Count).Add(measure.SeriesKey, area.Code, Quarter(2025), now, MeasureUnit.Count);
            }
        }
        PerformanceResult Of(PerformanceArea area) => PerformanceEngine.Compute(new PerformanceRequest(area, PeriodComparison.Quarter(2025, 2), [Asb, Fires]), data);
        return (Of(Partnership), [Of(Dartford), Of(Gravesham)]);
    }

    [Theory]
    [InlineData(8, 10, true)]       // 5 + 5 - 8 = 2 (the shared LSOA's 2)
    [InlineData(6, 10, true)]       // a gap of 4
    [InlineData(5, 10, false)]      // a gap of 5: not small
    [InlineData(10, 10, false)]     // no gap: the districts added up
    [InlineData(11, 10, true)]      // a gap the other way (never from a shared LSOA) is judged the same
    public void A_partnerships_count_is_disclosive_when_it_differs_from_its_districts_added_up_by_1_to_4(int partnership, int districts, bool discloses) =>
        Assert.Equal(discloses, PartnershipDifference.Discloses(partnership, [districts / 2, districts - districts / 2], 5));

    [Fact]
    public void Nothing_is_disclosed_when_a_districts_figure_is_missing_or_suppression_is_off()
    {
        Assert.False(PartnershipDifference.Discloses(8, [5, null], 5));
        Assert.False(PartnershipDifference.Discloses(null, [5, 5], 5));
        Assert.False(PartnershipDifference.Discloses(8, [5, 5], 0));
    }

    [Fact]
    public void A_public_reader_sees_the_partnerships_count_withheld_whole_and_the_returned_figure_and_a_restricted_reader_see_every_figure()
    {
        // Dartford 5 against 4, Gravesham 3 against 3 (each with the shared LSOA's 3 in both), the partnership 5 against 4:
        // 8 - 5 = 3 now, 7 - 4 = 3 then. The returned fires add up the same way, but returned figures are not judged.
        var (partnership, districts) = Tables((4, 5), (3, 3), (4, 5));

        var shown = PartnershipDifference.Apply(partnership, districts, Classification.Public(5));
        var all = PartnershipDifference.Apply(partnership, districts, Classification.Restricted());

        var asb = shown.Rows[0];
        Assert.Equal(((decimal?)null, (decimal?)null, (decimal?)null, (decimal?)null, "not rated", true, true),
            (asb.Value, asb.BaselineValue, asb.Change, asb.PercentChange, asb.Status, asb.Withheld, asb.DifferenceWithheld));
        Assert.Equal(("*", "*", "*", "*"), (PerformanceText.Value(asb), PerformanceText.Baseline(asb), PerformanceText.Change(asb), PerformanceText.PercentChange(asb)));
        Assert.Equal((5m, false), (shown.Rows[1].Value, shown.Rows[1].Withheld));
        Assert.Equal((5m, 4m, 1m, false), (all.Rows[0].Value, all.Rows[0].BaselineValue, all.Rows[0].Change, all.Rows[0].Withheld));
    }

    [Fact]
    public void A_small_gap_in_the_baseline_alone_withholds_the_row_since_the_change_would_give_it_back()
    {
        // Now: 10 + 10 - 20 = 0; a year before: 6 + 6 - 10 = 2.
        var (partnership, districts) = Tables((6, 10), (6, 10), (10, 20));

        Assert.True(PartnershipDifference.Apply(partnership, districts, Classification.Public(5)).Rows[0].Withheld);
    }

    [Fact]
    public void Gaps_of_0_and_of_5_or_more_show_the_partnerships_figures()
    {
        // Now 10 + 10 - 15 = 5, before 6 + 6 - 12 = 0.
        var (partnership, districts) = Tables((6, 10), (6, 10), (12, 15));

        var row = PartnershipDifference.Apply(partnership, districts, Classification.Public(5)).Rows[0];

        Assert.Equal((15m, 12m, 3m, false), (row.Value, row.BaselineValue, row.Change, row.Withheld));
    }
}
