using System.Globalization;
using Csp.Core.Reports;

namespace Csp.Core.Strategy;

/// <summary>
/// The action plan's quarterly progress report to the partnership (seed 004: the action plan "reported quarterly"): the
/// position of every action as at the end of the quarter, by theme in ref order, with the delivery groups' progress
/// notes for that quarter; the RAG counts by theme; the overdue actions; and the open actions no group updated in the
/// quarter. A past quarter is reported as it stood then: each action takes the status and RAG of its latest update
/// made for that quarter or before, so later updates do not rewrite history. It holds no personal data (who wrote an
/// update is not printed) and no small numbers, so it is public.
/// </summary>
public static class ActionPlanReport
{
    public const string Kind = "action-plan";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="actions">Every action of the strategy version with all its updates (any order).</param>
    /// <param name="quarter">The quarter reported on.</param>
    /// <param name="date">The report's date, for the cover. A quarter not yet over on that date is reported as it stands on
    /// it ("so far"): an action due later in the quarter is not overdue yet.</param>
    public static ReportDocument Build(CommunitySafetyStrategy strategy, IReadOnlyList<(ActionPlanItem Item, IReadOnlyList<ProgressUpdate> Updates)> actions,
        ReportingQuarter quarter, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(actions);
        var positions = actions.Select(a => Position(a.Item, a.Updates, quarter)).OrderBy(p => p.Item.Ref).ToList();
        var ended = date >= quarter.LastDay;
        var asAt = ended ? quarter.LastDay : date;
        var atEnd = ended ? $"at the end of {quarter.Label()}" : $"so far in {quarter.Label()}, at {asAt.ToString("d MMMM yyyy", EnGb)}";
        var items = positions.Select(p => p.Item).ToList();
        var lastQuarter = positions.Where(p => p.Latest is not null).ToDictionary(p => p.Item.Ref, p => p.Latest!.Quarter);
        var progress = ActionPlanProgress.Of(items, lastQuarter, quarter, asAt);

        var subject = $"Action plan progress: {strategy.Title} ({strategy.Period}), {quarter.Label()}";
        List<CoverField> cover =
        [
            new("Report to", "Community Safety Partnership"),
            new("Date", date.ToString("d MMMM yyyy", EnGb)),
            new("Subject", subject),
            new("Quarter", $"{quarter} ({quarter.Label()}): the position at {asAt.ToString("d MMMM yyyy", EnGb)}" +
                (ended ? "" : $", before the quarter ends on {quarter.LastDay.ToString("d MMMM yyyy", EnGb)}")),
        ];
        var total = items.Count;
        int Count(Rag rag) => items.Count(i => i.Rag == rag);
        var completed = items.Count(i => i.Status == ActionStatus.Completed);
        var updatedThisQuarter = positions.Count(p => p.ThisQuarter is not null);
        List<ReportBlock> summary =
        [
            new SubheadingBlock("Purpose and summary of report"),
            new ParagraphBlock($"This report gives the Partnership the progress of the {Plural(total, "action")} of the {strategy.Title} action plan ({strategy.Period}) " +
                $"{(ended ? "as" : "as it stands")} {atEnd}, from the quarterly updates of the delivery groups that coordinate them."),
            new ParagraphBlock($"{Count(Rag.Green)} green, {Count(Rag.Amber)} amber, {Count(Rag.Red)} red and {Count(Rag.NotRated)} not yet rated; " +
                $"{completed} completed. {Plural(updatedThisQuarter, "action")} {(updatedThisQuarter == 1 ? "was" : "were")} updated for this quarter; " +
                $"{progress.NotUpdated.Count} open {(progress.NotUpdated.Count == 1 ? "action was" : "actions were")} not. " +
                $"{Plural(progress.Overdue.Count, "action")} {(progress.Overdue.Count == 1 ? "is" : "are")} overdue."),
            new SubheadingBlock("Recommendations"),
            new ListBlock(["Members are invited to note the progress of the action plan and to ask the delivery groups of red and overdue actions what they need."], Numbered: true),
        ];

        var sections = new List<ReportSection>();
        var n = 0;
        foreach (var theme in positions.GroupBy(p => p.Item.Ref.Theme).OrderBy(g => g.Key))
        {
            var s = (++n).ToString(CultureInfo.InvariantCulture);
            var title = theme.First().Item.Theme;
            var t = progress.Themes.Single(x => x.Number == theme.Key);
            sections.Add(new ReportSection(s, title,
            [
                new ParagraphBlock($"{Plural(t.Actions, "action")}: {t.Green} green, {t.Amber} amber, {t.Red} red, {t.NotRated} not rated; {t.Completed} completed."),
                new TableBlock(ThemeTable($"A{s}", $"{title}: the position {atEnd}", theme.ToList(), quarter, asAt)),
            ]));
        }
        sections.Add(new ReportSection((++n).ToString(CultureInfo.InvariantCulture), "RAG by theme", [new TableBlock(RagTable(progress))]));
        var overdueBlocks = progress.Overdue.Count == 0
            ? new List<ReportBlock> { new ParagraphBlock($"No action was overdue at {asAt.ToString("d MMMM yyyy", EnGb)}.") }
            : [new TableBlock(ListTable("overdue", $"Overdue at {asAt.ToString("d MMMM yyyy", EnGb)}: open actions whose due date had passed", progress.Overdue))];
        sections.Add(new ReportSection((++n).ToString(CultureInfo.InvariantCulture), "Overdue actions", overdueBlocks));
        var notUpdatedBlocks = progress.NotUpdated.Count == 0
            ? new List<ReportBlock> { new ParagraphBlock("Every open action was updated for this quarter.") }
            : [new TableBlock(ListTable("not-updated", $"Open actions with no update for {quarter}", progress.NotUpdated))];
        sections.Add(new ReportSection((++n).ToString(CultureInfo.InvariantCulture), "Not updated this quarter", notUpdatedBlocks));
        sections.Add(new ReportSection(null, "How an action is rated",
        [
            new ParagraphBlock("Each quarter the coordinating delivery group rates its actions: green on track, amber at risk, red off track or blocked. " +
                "An action takes the status and rating of its latest update for this quarter or an earlier one; one never updated keeps the status of the plan as adopted and is not rated. " +
                "An action is overdue the day after its due date unless it is completed or discontinued."),
        ]));
        var updates = actions.SelectMany(a => a.Updates).Where(u => u.Quarter <= quarter).ToList();
        List<DataSource> sources =
        [
            new($"{strategy.Title} action plan ({strategy.Period}, refreshed {strategy.Refresh.ToString(CultureInfo.InvariantCulture)})", strategy.Source ?? "as adopted",
                "The partnership's own plan", []),
            new("Quarterly updates of the delivery groups", updates.Count == 0 ? "none yet" : $"{updates.Min(u => u.Quarter)} to {updates.Max(u => u.Quarter)}",
                "Entered in CSP Workbench by the delivery groups", []),
        ];
        return new ReportDocument(Kind, subject, null, Classification.Public(), cover, summary, sections, sources);
    }

    /// <summary>An action as it stood at the end of <paramref name="quarter"/>: the status and RAG of its latest update then, else as adopted.</summary>
    private static (ActionPlanItem Item, ProgressUpdate? Latest, ProgressUpdate? ThisQuarter) Position(ActionPlanItem item, IReadOnlyList<ProgressUpdate> updates, ReportingQuarter quarter)
    {
        var upTo = updates.Where(u => u.Quarter <= quarter).OrderBy(u => u.Quarter).ThenBy(u => u.At).ToList();
        var latest = upTo.LastOrDefault();
        var thisQuarter = upTo.LastOrDefault(u => u.Quarter == quarter);
        if (latest is not null) return (item with { Status = latest.Status, Rag = latest.Rag }, latest, thisQuarter);
        // Never updated by then: the plan as adopted (an action updated only later was not yet started or rated then).
        return updates.Count == 0 ? (item, null, null) : (item with { Status = ActionStatus.NotStarted, Rag = Rag.NotRated }, null, null);
    }

    private static ReportTable ThemeTable(string id, string caption, IReadOnlyList<(ActionPlanItem Item, ProgressUpdate? Latest, ProgressUpdate? ThisQuarter)> rows,
        ReportingQuarter quarter, DateOnly asAt)
    {
        List<TableColumn> columns =
        [
            new("Ref", CellFormat.Text), new("Action", CellFormat.Text), new("Coordinating delivery group(s)", CellFormat.Text), new("Due", CellFormat.Text),
            new("Status", CellFormat.Text), new("RAG", CellFormat.Text), new($"Progress in {quarter}", CellFormat.Text),
        ];
        var table = rows.Select(r => new TableRow(
        [
            TableCell.Of(r.Item.Ref.ToString()), TableCell.Of(r.Item.Action), TableCell.Of(string.Join(", ", r.Item.Groups)),
            TableCell.Of(Due(r.Item, asAt)), TableCell.Of(PlanWords.Describe(r.Item.Status)), TableCell.Of(PlanWords.Describe(r.Item.Rag)),
            TableCell.Of(r.ThisQuarter?.Note ?? (r.Latest is { } last ? $"No update this quarter (last: {last.Quarter})" : "No update yet")),
        ])).ToList();
        return new ReportTable(id, caption, columns, table, [$"Status and RAG as the coordinating group last rated the action by {asAt.ToString("d MMMM yyyy", EnGb)}."]);
    }

    private static string Due(ActionPlanItem item, DateOnly asAt) =>
        item.DueOn is not { } due ? "-" : due.ToString("d MMM yyyy", EnGb) + (item.IsOverdue(asAt) ? " (overdue)" : "");

    private static ReportTable RagTable(ActionPlanProgress progress)
    {
        List<TableColumn> columns =
        [
            new("Theme", CellFormat.Text), new("Actions", CellFormat.Count), new("Green", CellFormat.Count), new("Amber", CellFormat.Count),
            new("Red", CellFormat.Count), new("Not rated", CellFormat.Count), new("Completed", CellFormat.Count),
        ];
        var rows = progress.Themes.Select(t => new TableRow(
        [
            TableCell.Of($"{t.Number}. {t.Theme}"), TableCell.Of(t.Actions), TableCell.Of(t.Green), TableCell.Of(t.Amber), TableCell.Of(t.Red), TableCell.Of(t.NotRated),
            TableCell.Of(t.Completed),
        ])).ToList();
        rows.Add(new TableRow(
        [
            TableCell.Of("All themes"), TableCell.Of(progress.Themes.Sum(t => t.Actions)), TableCell.Of(progress.Themes.Sum(t => t.Green)),
            TableCell.Of(progress.Themes.Sum(t => t.Amber)), TableCell.Of(progress.Themes.Sum(t => t.Red)), TableCell.Of(progress.Themes.Sum(t => t.NotRated)),
            TableCell.Of(progress.Themes.Sum(t => t.Completed)),
        ], RowStyle.Group));
        return new ReportTable("rag-by-theme", $"Actions by RAG rating and theme, {progress.Quarter}", columns, rows, []);
    }

    private static ReportTable ListTable(string id, string caption, IReadOnlyList<ActionPlanItem> items)
    {
        List<TableColumn> columns =
        [
            new("Ref", CellFormat.Text), new("Action", CellFormat.Text), new("Coordinating delivery group(s)", CellFormat.Text), new("Due", CellFormat.Text),
            new("Status", CellFormat.Text), new("RAG", CellFormat.Text),
        ];
        var rows = items.Select(i => new TableRow(
        [
            TableCell.Of(i.Ref.ToString()), TableCell.Of(i.Action), TableCell.Of(string.Join(", ", i.Groups)),
            TableCell.Of(i.DueOn is { } due ? due.ToString("d MMM yyyy", EnGb) : "-"), TableCell.Of(PlanWords.Describe(i.Status)), TableCell.Of(PlanWords.Describe(i.Rag)),
        ])).ToList();
        return new ReportTable(id, caption, columns, rows, []);
    }

    private static string Plural(int count, string noun) => count.ToString("N0", EnGb) + " " + (count == 1 ? noun : noun + "s");
}
