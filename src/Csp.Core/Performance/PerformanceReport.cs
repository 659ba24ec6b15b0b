using System.Globalization;
using Csp.Core.Periods;
using Csp.Core.Reports;

namespace Csp.Core.Performance;

/// <summary>
/// The quarterly performance report to the partnership and the scrutiny committee, in seed 000's shape: an introduction
/// that says which period is compared with which and why data lag; then per strategic priority, "What has the Partnership
/// set out to do this year?" (the aims: each measure and its target) and "What have we achieved so far?" (the period
/// against the same period last year, No. change and % change, the target and its RAG status, the last day the data
/// covers, a chart of each measure over the recent periods against its target level, and the data-lag caveat where a
/// source lags); the youth first-time entrants table in seed 000's layout (Female / Male / All for two July-June years,
/// a total that disagrees with its parts flagged); and the RAG rule.
/// </summary>
public static class PerformanceReport
{
    public const string Kind = "performance";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The heading of the section at the end that holds the report's caveats (the data lag, the notes of the computation).</summary>
    public const string AboutTheseFigures = "About these figures";

    /// <param name="result">The performance table for the report's period.</param>
    /// <param name="history">The same table for earlier periods of the same length, oldest first, ending with <paramref name="result"/>: the charts.</param>
    /// <param name="values">Every returned figure of the area, its districts and the wider areas the breakdown tables show.</param>
    /// <param name="youthMeasure">The measure returned by sex for the youth justice table (null = no such table).</param>
    /// <param name="youthAreas">The rows of the youth justice table: area code and label ("KCC Area").</param>
    /// <param name="date">The report's date, for the cover.</param>
    /// <param name="comparators">The area's Most Similar Group positions for its report period against the period before it, as
    /// <c>csp assess</c> ranks them and as the reader may see them (<see cref="MostSimilarGroupPositions"/>): the table and its
    /// movement since the last period; null when the area has no comparator group (or no police.uk data).</param>
    /// <param name="classification">Public (Part 1, the default: a share of a few victims already withheld by the caller,
    /// <see cref="ShareSuppression"/>) or restricted (Part 2, every figure, for partners who may see small numbers): on the
    /// cover and in every page footer.</param>
    public static ReportDocument Build(PerformanceResult result, IReadOnlyList<PerformanceResult> history, IReadOnlyList<ReturnValue> values,
        string? youthMeasure, IReadOnlyList<(string Code, string Label)> youthAreas, DateOnly date, IReadOnlyList<string> notes,
        MostSimilarGroupPositions? comparators = null, Classification? classification = null)
    {
        classification ??= Classification.Public();
        var area = result.Area;
        var period = ReturnPeriod.Of(result.Periods.Period);
        var baseline = ReturnPeriod.Of(result.Periods.Baseline);
        var subject = $"Community Safety Partnership performance: {area.Name}, {period.LongLabel()}";
        List<CoverField> cover =
        [
            new("Report to", "Community Safety Partnership and Crime and Disorder Scrutiny Committee"),
            new("Date", date.ToString("d MMMM yyyy", EnGb)),
            new("Subject", subject),
            new("Period", $"{period.LongLabel()} compared with {baseline.LongLabel()}"),
        ];
        var lagging = result.Rows.Where(r => r.DataTo is { } to && to < period.End && !r.NotAvailable).ToList();
        List<ReportBlock> summary =
        [
            new SubheadingBlock("Purpose and summary of report"),
            new ParagraphBlock($"This report gives Members an overview of the progress made against the priorities of the {area.Name} Community Safety Partnership. " +
                $"Each priority is considered below: what the Partnership set out to do, and what has been achieved so far, with the most recent figures partners have returned " +
                $"({period.LongLabel()}) compared with the same period the previous year ({baseline.LongLabel()})."),
        ];
        // The caveats (the data lag, how incidents were counted, demonstration data, what could not be compared) are read after the
        // figures, in one section at the end: a reader, the public above all, meets the figures first and is told where the caveats are.
        List<string> caveats = [];
        if (lagging.Count > 0)
        {
            caveats.Add($"Data lag: {Count(lagging.Count, "measure is", "measures are")} not yet returned for the whole period. Each is compared with the same months of the year before, " +
                "and its table says the last day its figures cover.");
        }
        caveats.AddRange(notes);
        if (caveats.Count > 0)
        {
            summary.Add(new ParagraphBlock(lagging.Count > 0
                ? $"{Count(lagging.Count, "measure is", "measures are")} not yet returned for the whole period; this and the other caveats on the figures are under \"About these figures\" at the end."
                : "The caveats on the figures are under \"About these figures\" at the end."));
        }
        summary.Add(new SubheadingBlock("Recommendations"));
        summary.Add(new ListBlock(["Members are invited to note and comment upon the progress made against the Partnership's priorities."], Numbered: true));

        var sections = new List<ReportSection>();
        var n = 0;
        var priorities = result.Measures.Select(m => m.Priority.Length > 0 ? m.Priority : "Other measures").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var priority in priorities)
        {
            var s = (++n).ToString(CultureInfo.InvariantCulture);
            var indexes = Enumerable.Range(0, result.Measures.Count)
                .Where(i => string.Equals(result.Measures[i].Priority.Length > 0 ? result.Measures[i].Priority : "Other measures", priority, StringComparison.OrdinalIgnoreCase)).ToList();
            List<ReportBlock> blocks =
            [
                new SubheadingBlock($"{s}.1 What has the Partnership set out to do this year?"),
                new ParagraphBlock("The Community Safety Strategy sets out the following aims:"),
                new ListBlock(indexes.Select(i => Aim(result.Measures[i], result.Rows[i])).ToList()),
                new SubheadingBlock($"{s}.2 What have we achieved so far?"),
                new TableBlock(Table($"P{s}", $"{priority}: {area.Name}", result, indexes, period, baseline)),
            ];
            foreach (var i in indexes.Where(i => result.Rows[i].DataTo is { } to && to < period.End && !result.Rows[i].NotAvailable))
            {
                var row = result.Rows[i];
                blocks.Add(new NoteBlock($"{row.Measure}: figures to {row.DataTo!.Value.ToString("d MMMM yyyy", EnGb)} only, the most recent returned at the time of writing; " +
                    $"they are compared with the same months of {baseline.LongLabel()}.", NoteKind.Warning));
            }
            foreach (var i in indexes)
            {
                if (Chart($"chart-{s}-{i}", result, history, i) is { } chart) blocks.Add(new ChartBlock(chart));
            }
            if (youthMeasure is not null && indexes.Any(i => result.Measures[i].Name.Equals(youthMeasure, StringComparison.OrdinalIgnoreCase)))
            {
                blocks.AddRange(YouthTables(youthMeasure, values, youthAreas, period, baseline));
            }
            if (indexes.Any(i => result.Measures[i].Name.Equals(PerceptionMeasure, StringComparison.OrdinalIgnoreCase)))
            {
                blocks.AddRange(PerceptionTables(values, youthAreas, s));
            }
            sections.Add(new ReportSection(s, priority, blocks));
        }
        if (comparators is not null) sections.Add(MostSimilarGroupSection(area.Name, comparators, new SmallNumbers(classification), (++n).ToString(CultureInfo.InvariantCulture)));
        if (caveats.Count > 0)
        {
            sections.Add(new ReportSection(null, AboutTheseFigures,
            [
                new ParagraphBlock("What the figures above cover, and what they do not:"),
                new ListBlock(caveats),
            ]));
        }
        sections.Add(new ReportSection(null, "How a measure is rated",
        [
            new ParagraphBlock(result.RagRule),
            new ParagraphBlock("% change is the change in per cent of the same period last year; for a measure that is itself a percentage it is the change in percentage points (pp). " +
                "u/a: not available (not returned, or returned as not available: never counted as zero)."),
        ]));
        var sources = values.Where(v => v.Source is { Length: > 0 }).GroupBy(v => v.Source!, StringComparer.OrdinalIgnoreCase)
            .Select(g => new DataSource(g.Key, $"{g.Min(v => v.Period.Start).ToString("MMM yyyy", EnGb)} - {g.Max(v => v.Period.End).ToString("MMM yyyy", EnGb)}",
                "Partner return (not published at row level)", [.. g.Where(v => v.Note is { Length: > 0 } note && note.Contains("EXAMPLE", StringComparison.Ordinal)).Take(1)
                    .Select(_ => "Includes EXAMPLE figures made up for the demonstration (data/sample/returns/README.md), not published figures.")]))
            .OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        return new ReportDocument(Kind, subject, null, classification, cover, summary, sections, sources);
    }

    /// <summary>
    /// The area's position in its comparator group for each category (seed 004: "our position improved from 15th to 10th"),
    /// 1 = the lowest rate, and its movement since the last period: the Strategic Assessment's table
    /// (<see cref="MostSimilarGroupTable"/>), from the same ranking, never computed twice.
    /// </summary>
    private static ReportSection MostSimilarGroupSection(string areaName, MostSimilarGroupPositions a, SmallNumbers small, string number)
    {
        List<ReportBlock> blocks =
        [
            new ParagraphBlock($"{areaName}'s position among the areas of its comparator group ({a.Group}) by police.uk recorded crime and ASB per 1,000 residents, " +
                $"in {a.Period} and in the period before it ({a.PreviousPeriod}): {a.Direction}, so a smaller number is better. " +
                "Every member has the same season in the same months, so a position moves with the area's rate relative to its group, not with the time of year."),
            new TableBlock(MostSimilarGroupTable.Of($"MSG {number}", $"{areaName} in its Most Similar Group, {a.Period}", a, small)),
        ];
        if (a.MonthsCompared.Count > 0)
        {
            blocks.Add(new NoteBlock($"The police.uk data does not hold every month of these periods: the positions compare the months held ({string.Join(", ", a.MonthsCompared)}).", NoteKind.Warning));
        }
        return new ReportSection(number, "How the area compares: Most Similar Group", blocks);
    }

    private static string Aim(Measure measure, PerformanceRow row)
    {
        var target = row.Target ?? (measure.Polarity == Polarity.MonitorOnly ? "monitored, not rated" : "no target set");
        return $"{measure.Name} ({target}): {measure.Definition}";
    }

    /// <summary>Seed 000's table: the same period last year, this period, No. change, % change; then the target, its status and the last day the data covers.</summary>
    private static ReportTable Table(string id, string caption, PerformanceResult result, IReadOnlyList<int> indexes, ReturnPeriod period, ReturnPeriod baseline)
    {
        List<TableColumn> columns =
        [
            new("Measure", CellFormat.Text), new(baseline.Label(), CellFormat.Text), new(period.Label(), CellFormat.Text), new("No. change", CellFormat.Text),
            new("% change", CellFormat.Text), new("Target", CellFormat.Text), new("Status", CellFormat.Text), new("Data to", CellFormat.Text),
        ];
        var rows = indexes.Select(i =>
        {
            var r = result.Rows[i];
            return new TableRow(
            [
                TableCell.Of(PerformanceDemonstration.Measure(r)), TableCell.Of(PerformanceText.Baseline(r)), TableCell.Of(PerformanceText.Value(r)),
                TableCell.Of(PerformanceText.Change(r)), TableCell.Of(PerformanceText.PercentChange(r)), TableCell.Of(r.Target ?? "-"), TableCell.Of(StatusText(r.Status)),
                TableCell.Of(r.DataTo is { } to ? to.ToString("d MMM yyyy", EnGb) : "-"),
            ]);
        }).ToList();
        List<string> notes = [$"{period.LongLabel()} against the same period last year ({baseline.LongLabel()}). Percentages change in percentage points (pp). u/a: not available."];
        if (indexes.Any(i => result.Rows[i] is { Withheld: true, DifferenceWithheld: false })) notes.Add(ShareSuppression.Note(Classification.Public()));
        if (indexes.Any(i => result.Rows[i].DifferenceWithheld)) notes.Add(PartnershipDifference.Note(Classification.Public()));
        return new ReportTable(id, caption, columns, rows, notes);
    }

    private static string Count(int n, string singular, string plural) => PerformanceText.Count(n, singular, plural);

    public static string StatusText(string status) => status switch
    {
        "green" => "Green",
        "amber" => "Amber",
        "red" => "Red",
        _ => "Not rated",
    };

    /// <summary>The measure over the recent periods, with its target level for this period as a line; null when fewer than two periods hold a figure.</summary>
    private static ReportChart? Chart(string id, PerformanceResult result, IReadOnlyList<PerformanceResult> history, int index)
    {
        var measure = result.Measures[index];
        // A period the source has not returned whole is labelled with the last day it covers: its bar is not a whole period.
        var points = history.Select(h => (Label: h.Rows[index] is { Value: not null, DataTo: { } to } && to < ReturnPeriod.Of(h.Periods.Period).End
                ? $"{h.Periods.Period.Label()} (to {to.ToString("d MMM", EnGb)})" : h.Periods.Period.Label(), h.Rows[index].Value))
            .SkipWhile(p => p.Value is null).ToList();
        var partial = points.Where(p => p.Label.Contains("(to ", StringComparison.Ordinal)).Select(p => p.Label).ToList();
        if (points.Count(p => p.Value is not null) < 2) return null;
        var row = result.Rows[index];
        var target = measure.TargetFor(result.Area);
        List<ReferenceLine> lines = [];
        if (measure.Polarity != Polarity.MonitorOnly && target?.Level(row.BaselineValue) is { } level)
        {
            lines.Add(new ReferenceLine($"Target level {PerformanceText.Value(Math.Round(level, 2), row.Unit)}", (double)level));
        }
        var unit = row.Unit == "percentage" ? "%" : row.Unit;
        var alt = $"Column chart of {measure.Name} in {result.Area.Name} for each period from {points[0].Label} to {points[^1].Label}: " +
                  string.Join(", ", points.Select(p => $"{p.Label} {PerformanceText.Value(p.Value, row.Unit)}")) +
                  (lines.Count > 0 ? $". {lines[0].Label}." : ".") + (points.Any(p => p.Value is null) ? " A gap is a period with no figure returned." : "");
        return new ReportChart(id, $"{measure.Name}, {result.Area.Name}", ChartKind.Column, "Period", unit,
            points.Select(p => p.Label).ToList(), [new ChartSeries(measure.Name, points.Select(p => p.Value is { } v ? (double?)v : null).ToList(), SeriesRole.Current)],
            null, lines, $"Source: {measure.OwnerAgency} (partner return).{(points.Any(p => p.Value is null) ? " A gap: no figure returned for that period." : "")}" +
            (partial.Count > 0 ? $" Not yet returned whole (data lag): {string.Join(", ", partial)}." : "") +
            (history.Any(h => h.Rows[index] is { Withheld: true, DifferenceWithheld: false }) ? " A period whose share is of fewer than 5 victims is withheld (no bar)." : "") +
            (history.Any(h => h.Rows[index].DifferenceWithheld) ? " A period whose figure differs from the districts' added up by fewer than 5 is withheld (no bar)." : ""), alt);
    }

    /// <summary>The survey measure returned by behaviour that seed 000's "ASB perception" table shows, and the headline row under it.</summary>
    public const string PerceptionMeasure = "ASB perceived as a problem (KCVS)";

    private const string PerceptionHeadline = "Perceived high level of ASB (KCVS)";

    /// <summary>
    /// Seed 000's "ASB perception" table (KCVS, Apr-Jun 10 against Apr-Jun 11) for each area that returned the survey by
    /// behaviour: its latest period and the same period a year before, the change in percentage points, u/a where a
    /// question was not asked.
    /// </summary>
    private static IEnumerable<ReportBlock> PerceptionTables(IReadOnlyList<ReturnValue> values, IReadOnlyList<(string Code, string Label)> areas, string section)
    {
        foreach (var (code, label) in areas)
        {
            var periods = values.Where(v => v.AreaCode == code && v.Measure.Equals(PerceptionMeasure, StringComparison.OrdinalIgnoreCase) && Breakdown.Get(v.Breakdown, "behaviour") is not null)
                .Select(v => v.Period).Distinct().OrderBy(p => p.Start).ToList();
            if (periods.Count == 0) continue;
            var latest = periods[^1];
            var before = periods.Where(p => p == latest.ShiftMonths(-12)).Cast<ReturnPeriod?>().FirstOrDefault();
            if (before is not { } earlier) continue;
            yield return new ParagraphBlock($"The latest Kent Crime and Victimisation Survey returned by behaviour for {label}, against the same period a year before:");
            yield return new TableBlock(PerceptionTable.Build($"KCVS {section} {code}", $"ASB perception, {label}: % of respondents saying each is a problem", values, PerceptionMeasure, "behaviour", "ASB behaviour",
                code, earlier, latest, [(PerceptionHeadline, "% perceived high level of ASB")]));
        }
    }

    /// <summary>
    /// Seed 000's "New entrants to the Youth Justice System" table: for the report's period against the same period last
    /// year when returned by sex, and for the last two July-June youth justice years returned (where a flagged total shows).
    /// </summary>
    private static IEnumerable<ReportBlock> YouthTables(string measure, IReadOnlyList<ReturnValue> values, IReadOnlyList<(string Code, string Label)> areas, ReturnPeriod period, ReturnPeriod baseline)
    {
        var ofMeasure = values.Where(v => v.Measure.Equals(measure, StringComparison.OrdinalIgnoreCase) && Breakdown.Get(v.Breakdown, "sex") is not null).ToList();
        List<(string Code, string Label)> Shown(ReturnPeriod a, ReturnPeriod b) => areas.Where(x => ofMeasure.Any(v => v.AreaCode == x.Code && (v.Period == a || v.Period == b))).ToList();
        if (Shown(baseline, period) is { Count: > 0 } quarterAreas)
        {
            // The seeds head a quarter's columns "Apr-Jun 11": short enough for the table to fit a page.
            var table = SexBreakdownTable.Build("YJ quarter", $"New entrants to the Youth Justice System, {period.LongLabel()}", ofMeasure, measure, quarterAreas, baseline, period);
            yield return new TableBlock(table with
            {
                Columns = table.Columns.Select(c => c with { Header = c.Header.Replace(baseline.LongLabel(), baseline.Label(), StringComparison.Ordinal).Replace(period.LongLabel(), period.Label(), StringComparison.Ordinal) }).ToList(),
            });
        }
        var years = ofMeasure.Select(v => v.Period).Where(p => p.IsWholeMonths && p.MonthCount == 12 && p.Start.Month == 7).Distinct().OrderBy(p => p.Start).ToList();
        if (years.Count >= 2)
        {
            var (first, second) = (years[^2], years[^1]);
            yield return new ParagraphBlock($"The latest youth justice years returned (July-June), as the Strategic Assessment shows them:");
            yield return new TableBlock(SexBreakdownTable.Build("YJ years", $"Strategic Assessment: New entrants to the Youth Justice System, {first.LongLabel()} and {second.LongLabel()}",
                ofMeasure, measure, Shown(first, second), first, second));
        }
    }
}
