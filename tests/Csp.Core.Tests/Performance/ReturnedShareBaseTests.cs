using Csp.Core.Performance;
using Csp.Core.Periods;
using Csp.Core.Reports;

namespace Csp.Core.Tests.Performance;

/// <summary>
/// A domestic abuse repeat share returned by a partner as a percentage, with its base in the same return (base=numerator,
/// base=denominator rows) or without: withheld on a base of 1-4 for a reader who may not see small numbers, exactly as a
/// share counted from victim keys; noted, never shown as checked safe, when it has no base.
/// </summary>
public sealed class ReturnedShareBaseTests
{
    private static readonly PerformanceArea Gravesham = new("E07000109", "Gravesham");

    private static readonly Measure Share = new("Domestic abuse repeat victims (%)", "Repeat victims per 100 DA incidents", MeasureSourceKind.PartnerReturn,
        "Domestic abuse repeat victims (%)", MeasureUnit.Percentage, Polarity.LowerIsBetter, MeasureTarget.TryParse("reduce", out var t) ? t : null,
        new Dictionary<string, MeasureTarget>(), "Kent Police", "Violent crime") { ShareOfPeople = true };

    private static ReturnPeriod Quarter(int year) => ReturnPeriod.Of(new MonthRange(new YearMonth(year, 4), new YearMonth(year, 6)));

    private static ReturnValue Row(int year, string breakdown, decimal? value, MeasureUnit unit) =>
        new(Share.Name, Gravesham.Code, Quarter(year), value, breakdown, unit, "Kent Police", null, 2);

    private static PerformanceResult Table(params ReturnValue[] values) =>
        PerformanceEngine.Compute(new PerformanceRequest(Gravesham, PeriodComparison.Quarter(2025, 2), [Share]), new PerformanceData().AddReturns(values));

    [Fact]
    public void A_share_of_2_repeat_victims_of_4_incidents_is_withheld_for_the_public_and_shown_to_a_restricted_reader()
    {
        // 2025: 2 of 4 = 50.0%; 2024: 10 of 40 = 25.0% (large).
        var table = Table(
            Row(2024, "", 25.0m, MeasureUnit.Percentage), Row(2024, "base=numerator", 10, MeasureUnit.Count), Row(2024, "base=denominator", 40, MeasureUnit.Count),
            Row(2025, "", 50.0m, MeasureUnit.Percentage), Row(2025, "base=numerator", 2, MeasureUnit.Count), Row(2025, "base=denominator", 4, MeasureUnit.Count));

        Assert.Equal((new ShareBase(2, 4), new ShareBase(10, 40)), (table.Rows[0].ValueBase!.Value, table.Rows[0].BaselineBase!.Value));
        var shown = ShareSuppression.Apply(table, Classification.Public(5)).Rows.Single();
        var all = ShareSuppression.Apply(table, Classification.Restricted()).Rows.Single();
        Assert.Equal(((decimal?)null, (decimal?)null, "not rated", true), (shown.Value, shown.BaselineValue, shown.Status, shown.Withheld));
        Assert.Equal((50.0m, 25.0m, 25.0m, "red", false), (all.Value, all.BaselineValue, all.Change, all.Status, all.Withheld));
        // Withheld for a reason the reader is told; not also "unbased".
        Assert.Null(ShareSuppression.UnbasedNote(ShareSuppression.Apply(table, Classification.Public(5)), Classification.Public(5)));
    }

    [Fact]
    public void Seed_000s_Dartford_share_of_286_repeat_victims_of_1320_incidents_is_shown_and_needs_no_note()
    {
        // Seed 000 line 145: 21.7% = 286 of 1,320 (a year, Oct-Sept, here placed in the quarters the engine reads).
        var table = Table(
            Row(2024, "", 22.4m, MeasureUnit.Percentage), Row(2024, "base=numerator", 290, MeasureUnit.Count), Row(2024, "base=denominator", 1295, MeasureUnit.Count),
            Row(2025, "", 21.7m, MeasureUnit.Percentage), Row(2025, "base=numerator", 286, MeasureUnit.Count), Row(2025, "base=denominator", 1320, MeasureUnit.Count));

        var shown = ShareSuppression.Apply(table, Classification.Public(5));

        Assert.Equal((21.7m, false), (shown.Rows[0].Value, shown.Rows[0].Withheld));
        Assert.Null(ShareSuppression.UnbasedNote(shown, Classification.Public(5)));
    }

    [Fact]
    public void A_share_returned_without_its_base_is_shown_but_said_to_be_unchecked_for_the_public_only()
    {
        var table = Table(Row(2024, "", 23.0m, MeasureUnit.Percentage), Row(2025, "", 24.1m, MeasureUnit.Percentage));

        var shown = ShareSuppression.Apply(table, Classification.Public(5));

        Assert.Equal((24.1m, false), (shown.Rows[0].Value, shown.Rows[0].Withheld));
        Assert.Equal("Domestic abuse repeat victims (%): returned as a percentage without the numbers it is of (the return's base=numerator and base=denominator rows), " +
            "so it cannot be checked whether it rests on fewer than 5 people; it is shown as returned, not as checked safe.", ShareSuppression.UnbasedNote(shown, Classification.Public(5)));
        Assert.Null(ShareSuppression.UnbasedNote(table, Classification.Restricted()));
    }

    [Fact]
    public void A_half_base_is_no_base_and_the_share_is_said_to_be_unchecked()
    {
        // Only the numerator returned for 2025: the base cannot be judged.
        var table = Table(Row(2024, "", 23.0m, MeasureUnit.Percentage), Row(2024, "base=numerator", 30, MeasureUnit.Count), Row(2024, "base=denominator", 130, MeasureUnit.Count),
            Row(2025, "", 24.1m, MeasureUnit.Percentage), Row(2025, "base=numerator", 3, MeasureUnit.Count));

        Assert.Null(table.Rows[0].ValueBase);
        Assert.NotNull(ShareSuppression.UnbasedNote(ShareSuppression.Apply(table, Classification.Public(5)), Classification.Public(5)));
    }

    [Fact]
    public void A_percentage_that_is_not_a_share_of_people_gets_no_note()
    {
        var survey = Share with { Name = "ASB perceived as a problem (KCVS)", SourceKey = "ASB perceived as a problem (KCVS)", ShareOfPeople = false };
        var data = new PerformanceData().Add(survey.SeriesKey, Gravesham.Code, Quarter(2025), 9.4m, MeasureUnit.Percentage);
        var table = PerformanceEngine.Compute(new PerformanceRequest(Gravesham, PeriodComparison.Quarter(2025, 2), [survey]), data);

        Assert.Null(ShareSuppression.UnbasedNote(table, Classification.Public(5)));
    }
}
