using Csp.Core.Assessment;
using Csp.Core.Statistics;

namespace Csp.Core.Reports;

/// <summary>
/// The monthly pattern of one category: the period's months as a line, the baseline's same months beside it (dashed),
/// and the period's monthly average with its upper control limit (mean + 3√mean), above which a month stands out.
/// </summary>
internal static class TrendChart
{
    public static ReportChart Monthly(string id, AssessmentResult area, AssessmentRow row, string source)
    {
        var period = row.Months.Where(m => m.InPeriod).ToList();
        var baseline = row.Months.Where(m => !m.InPeriod).ToList();
        var categories = period.Select(m => ReportWords.Month(m.Month)).ToList();
        List<ChartSeries> series =
        [
            new(area.Period.Label, [.. period.Select(m => (double?)m.Count)], SeriesRole.Current),
            new(area.Baseline.Label, [.. period.Select((_, i) => i < baseline.Count ? (double?)baseline[i].Count : null)], SeriesRole.Baseline,
                [.. period.Select((m, i) => i < baseline.Count ? ReportWords.Month(baseline[i].Month) : categories[i])]),
        ];
        // The limits come from the months the data holds: a month without data is a gap, not a month of none.
        var chart = ControlChart.Assess(period.Where(m => m.Count is not null).Select(m => m.Count!.Value).ToList());
        var noun = ReportWords.Noun(row.Category);
        List<ReferenceLine> lines = period.Count < 2 ? [] :
        [
            new($"Monthly average {chart.Centre.ToString("#,0", ReportWords.EnGb)}", Math.Round(chart.Centre, 1)),
            new($"Upper control limit {chart.Upper.ToString("#,0", ReportWords.EnGb)}", Math.Round(chart.Upper, 1)),
        ];
        var standOut = row.MonthsThatStandOut.Select(ReportWords.Month).ToList();
        var alt = $"Line chart of {row.Description.InSentence} in {area.Area.Name} each month of {area.Period.Label}, against the same months of {area.Baseline.Label}: " +
                  $"{row.Count.ToString("N0", ReportWords.EnGb)} {noun} against {(row.BaselineCount is { } b ? b.ToString("N0", ReportWords.EnGb) : "no data")}." +
                  (standOut.Count > 0 ? $" Months that stand out: {string.Join(", ", standOut)}." : " No month stands out from the usual range.");
        return new ReportChart(id, $"{row.Category}: {noun} per month, {area.Area.Name}", ChartKind.Line, "Month", $"{ReportWords.Capitalised(noun)} per month",
            categories, series, null, lines, source, alt);
    }
}
