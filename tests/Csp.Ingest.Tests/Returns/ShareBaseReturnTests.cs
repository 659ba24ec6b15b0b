using Csp.Core.Performance;
using static Csp.Ingest.Tests.Returns.ReturnFiles;

namespace Csp.Ingest.Tests.Returns;

/// <summary>
/// A returned share's base: base=numerator and base=denominator rows of a percentage measure, counts (data/sample/returns/README.md,
/// "A share's base"); each misuse refused with its line and field, the rest of the file kept.
/// </summary>
public sealed class ShareBaseReturnTests
{
    private const string Header = "measure,area,period_start,period_end,breakdown,value,unit,source,note\n";
    private const string Share = "Domestic abuse repeat victims (%)";

    [Fact]
    public void The_base_rows_of_a_percentage_come_in_as_counts_with_an_empty_or_count_unit()
    {
        var read = ReadText(Header +
            $"{Share},Dartford,2009-10-01,2010-09-30,,21.7,percentage,,\n" +
            $"{Share},Dartford,2009-10-01,2010-09-30,base=numerator,286,count,,\n" +
            $"{Share},Dartford,2009-10-01,2010-09-30,Base=Denominator,1320,,,\n");

        Assert.Empty(read.Issues);
        Assert.Equal([("", 21.7m, MeasureUnit.Percentage), ("base=numerator", 286m, MeasureUnit.Count), ("base=Denominator", 1320m, MeasureUnit.Count)],
            read.Values.Select(v => (v.Breakdown, v.Value!.Value, v.Unit)));
        // Held by the engine with the headline share.
        var data = new PerformanceData().AddReturns(read.Values);
        var measure = Measures.Value.Single(m => m.Name == Share);
        Assert.True(measure.ShareOfPeople);
        var table = PerformanceEngine.Compute(new PerformanceRequest(new PerformanceArea("E07000107", "Dartford"),
            Core.Periods.PeriodComparison.Explicit(new Core.Periods.MonthRange(new(2009, 10), new(2010, 9)), new Core.Periods.MonthRange(new(2008, 10), new(2009, 9))), [measure]), data);
        Assert.Equal(new ShareBase(286, 1320), table.Rows[0].ValueBase);
    }

    [Fact]
    public void A_base_of_a_count_a_strange_base_a_fraction_and_a_count_without_base_are_refused_with_line_and_field()
    {
        var read = ReadText(Header +
            "Deliberate fires,Dartford,2025-04-01,2025-06-30,base=numerator,3,count,,\n" +
            $"{Share},Dartford,2025-04-01,2025-06-30,base=victims,3,count,,\n" +
            $"{Share},Dartford,2025-04-01,2025-06-30,base=numerator,2.5,count,,\n" +
            $"{Share},Dartford,2025-04-01,2025-06-30,,12,count,,\n" +
            $"{Share},Gravesham,2025-04-01,2025-06-30,sex=Female;base=numerator,3,count,,\n" +
            $"{Share},Dartford,2025-04-01,2025-06-30,,21.9,percentage,,\n");

        Assert.Equal([(7L, 21.9m)], read.Values.Select(v => (v.Line, v.Value!.Value)));
        Assert.Equal(
        [
            (2L, "breakdown", "a base (base=numerator or base=denominator) is given only for a percentage: 'Deliberate fires' is a count."),
            (3L, "breakdown", "'base=victims' is not a share's base: write base=numerator (the people counted, e.g. repeat victims) or base=denominator (the people or incidents the share is of), with no other breakdown."),
            (4L, "value", "2.5 is not a whole number: a share's base counts people or incidents."),
            (5L, "unit", $"the return gives '{Share}' as a count, but the measure is a percentage (a count is returned only as its base: breakdown base=numerator or base=denominator)."),
            (6L, "breakdown", "'base=numerator' is not a share's base: write base=numerator (the people counted, e.g. repeat victims) or base=denominator (the people or incidents the share is of), with no other breakdown."),
        ], read.Issues.Select(i => (i.Line, i.Field!, i.Message)));
    }
}
