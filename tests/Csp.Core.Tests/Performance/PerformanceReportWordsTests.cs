using Csp.Core.Performance;
using Csp.Core.Periods;
using Csp.Core.Reports;

namespace Csp.Core.Tests.Performance;

/// <summary>
/// The words of the quarterly performance report (and so of the summary published from it): a count agrees with its noun
/// ("1 measure is", "2 measures are"), a row made of demonstration data says so in the row, and the classification is on
/// the cover.
/// </summary>
public sealed class PerformanceReportWordsTests
{
    private static readonly PerformanceArea Gravesham = new("E07000109", "Gravesham");

    private static Measure Count(string name) => new(name, name, MeasureSourceKind.PartnerReturn, name, MeasureUnit.Count, Polarity.LowerIsBetter,
        MeasureTarget.TryParse("reduce", out var t) ? t : null, new Dictionary<string, MeasureTarget>(), "Kent Fire and Rescue Service", "Arson");

    private static ReturnValue Month(string measure, int year, int month, decimal value, string? note = null) =>
        new(measure, Gravesham.Code, ReturnPeriod.Of(new MonthRange(new YearMonth(year, month), new YearMonth(year, month))), value, "", MeasureUnit.Count, "KFRS", note, 2);

    /// <summary>Two measures returned monthly for April-June 2024 and 2025; <paramref name="lagging"/> of them stop at May 2025.</summary>
    private static (PerformanceResult Result, List<ReturnValue> Values) Table(int lagging, string? note = null)
    {
        Measure[] measures = [Count("Deliberate fires"), Count("Noise complaints")];
        var values = new List<ReturnValue>();
        for (var i = 0; i < measures.Length; i++)
        {
            foreach (var month in new[] { 4, 5, 6 })
            {
                values.Add(Month(measures[i].Name, 2024, month, 10, note));
                if (month < 6 || i >= lagging) values.Add(Month(measures[i].Name, 2025, month, 9, note));
            }
        }
        var result = PerformanceEngine.Compute(new PerformanceRequest(Gravesham, PeriodComparison.Quarter(2025, 2), measures), new PerformanceData().AddReturns(values));
        return (result, values);
    }

    private static string Words(ReportDocument document) => string.Join("\n",
        document.AllBlocks().OfType<ParagraphBlock>().Select(p => p.Text).Concat(document.AllBlocks().OfType<ListBlock>().SelectMany(l => l.Items)));

    private static ReportDocument Report(PerformanceResult result, IReadOnlyList<ReturnValue> values, Classification? classification = null) =>
        PerformanceReport.Build(result, [result], values, null, [], new DateOnly(2025, 8, 1), [], null, classification);

    [Fact]
    public void One_lagging_measure_is_singular_and_two_are_plural()
    {
        var (one, v1) = Table(lagging: 1);
        var (two, v2) = Table(lagging: 2);

        var single = Words(Report(one, v1));
        var plural = Words(Report(two, v2));

        Assert.Contains("1 measure is not yet returned for the whole period;", single, StringComparison.Ordinal);
        Assert.Contains("Data lag: 1 measure is not yet returned for the whole period.", single, StringComparison.Ordinal);
        Assert.Contains("2 measures are not yet returned for the whole period;", plural, StringComparison.Ordinal);
        Assert.Contains("Data lag: 2 measures are not yet returned for the whole period.", plural, StringComparison.Ordinal);
        Assert.DoesNotContain("of the measures are", single + plural, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0 measures are")]
    [InlineData(1, "1 measure is")]
    [InlineData(2, "2 measures are")]
    [InlineData(1200, "1,200 measures are")]
    public void A_count_agrees_with_its_noun(int n, string expected) => Assert.Equal(expected, PerformanceText.Count(n, "measure is", "measures are"));

    [Fact]
    public void Rows_of_example_returns_and_of_generated_incidents_are_labelled_in_the_row_and_real_ones_are_not()
    {
        var (examples, values) = Table(lagging: 0, note: "EXAMPLE: not published");
        var (real, realValues) = Table(lagging: 0);

        var marked = PerformanceDemonstration.Mark(examples, [], values);
        var generated = PerformanceDemonstration.Mark(real, ["Noise complaints"], realValues);

        Assert.Equal(["EXAMPLE", "EXAMPLE"], marked.Rows.Select(r => r.Demonstration));
        Assert.Equal([null, "GENERATED"], generated.Rows.Select(r => r.Demonstration));
        var cells = Report(generated, realValues).Tables().First().Rows.Select(r => r.Cells[0].Text).ToList();
        Assert.Equal(["Deliberate fires", "Noise complaints (GENERATED demonstration data)"], cells);
        Assert.Equal("Deliberate fires (EXAMPLE figures, not published)", Report(marked, values).Tables().First().Rows[0].Cells[0].Text);
    }

    [Fact]
    public void The_document_carries_its_classification_which_every_renderer_puts_on_the_cover_and_in_every_footer()
    {
        var (result, values) = Table(lagging: 0);

        Assert.Equal("Part 1 - Public", Report(result, values).Classification.Label);
        Assert.Equal("Part 2 - Restricted: not for publication", Report(result, values, Classification.Restricted()).Classification.Label);
    }
}
