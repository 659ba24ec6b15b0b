using System.Globalization;
using Csp.Core.Reports;
using Csp.Core.Strategy;

namespace Csp.Core.Meetings;

/// <summary>
/// A meeting's minutes in the usual shape: the title, group and date; who was present, who sent apologies and who was in
/// attendance (name, role, agency: never a contact); the matters arising (actions of the group's earlier meetings still
/// outstanding); the numbered items with what was said, the paper taken, and the decisions and actions under each; then
/// every decision (with the Management Group's decision on priorities when it was taken at this meeting) and the actions
/// table (ref, action, owner, due). A renderer-neutral <see cref="ReportDocument"/>. Minutes name officers in their roles,
/// so they are for the partnership, not for publication.
/// </summary>
public static class Minutes
{
    public const string Kind = "minutes";

    /// <summary>The partnership's own record: it names its officers, so it is not published as it stands.</summary>
    public static Classification Classification { get; } = new(false, "Official - the partnership's minutes, not for publication", 0);

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="mattersArising">The outstanding actions of the group's earlier meetings, oldest first.</param>
    /// <param name="priorities">The decision on the Strategic Assessment's recommended priorities taken at this meeting, or null.</param>
    public static ReportDocument Build(Meeting meeting, IReadOnlyList<MeetingAction> mattersArising, PriorityDecision? priorities, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(mattersArising);
        var date = meeting.HeldOn.ToString("d MMMM yyyy", EnGb);
        var title = $"{meeting.Group}: minutes of the meeting of {date}";
        List<CoverField> cover = [new("Group", meeting.Group), new("Date", meeting.HeldOn.ToString("dddd d MMMM yyyy", EnGb))];
        if (meeting.Location is { Length: > 0 } where) cover.Add(new("Venue", where));
        if (meeting.Chair is { } chair) cover.Add(new("Chair", chair.Describe()));

        var people = new List<ReportSection>();
        List<ReportBlock> Names(Attendance kind, string none)
        {
            var listed = meeting.Attendance.Where(a => a.Attendance == kind).Select(a => a.Describe()).ToList();
            return listed.Count == 0 ? [new ParagraphBlock(none)] : [new ListBlock(listed)];
        }
        people.Add(new ReportSection(null, "Present", Names(Attendance.Present, "No one is recorded as present.")));
        people.Add(new ReportSection(null, "Apologies", Names(Attendance.Apologies, "None.")));
        if (meeting.Attendance.Any(a => a.Attendance == Attendance.InAttendance)) people.Add(new ReportSection(null, "In attendance", Names(Attendance.InAttendance, "")));

        var sections = new List<ReportSection>(people);
        if (mattersArising.Count > 0)
        {
            sections.Add(new ReportSection(null, "Matters arising",
            [
                new ParagraphBlock($"{Plural(mattersArising.Count, "action")} from earlier meetings of the group {(mattersArising.Count == 1 ? "was" : "were")} outstanding."),
                new TableBlock(ActionsTable("matters-arising", "Outstanding actions from earlier meetings", mattersArising, today, withRaised: true)),
            ]));
        }
        foreach (var item in meeting.Items.OrderBy(i => i.Number))
        {
            var number = item.Number.ToString(CultureInfo.InvariantCulture);
            var blocks = new List<ReportBlock>();
            var paragraph = 0;
            string Next() => $"{number}.{(++paragraph).ToString(CultureInfo.InvariantCulture)}";
            foreach (var text in (item.Notes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) blocks.Add(new ParagraphBlock(text, Next()));
            if (item.Paper is { } paper) blocks.Add(new ParagraphBlock($"Paper: {paper.Title}.", Next()));
            foreach (var d in meeting.Decisions.Where(d => d.Item == item.Number)) blocks.Add(new ParagraphBlock("Decision: " + Decision(d), Next()));
            foreach (var a in meeting.Actions.Where(a => a.Item == item.Number).OrderBy(a => a.Number))
            {
                blocks.Add(new ParagraphBlock($"Action {a.Ref}: {a.Action.TrimEnd('.')} ({a.Owner}{(a.DueOn is { } due ? ", by " + due.ToString("d MMMM yyyy", EnGb) : "")}).", Next()));
            }
            if (blocks.Count == 0) blocks.Add(new ParagraphBlock("Taken without discussion recorded.", Next()));
            sections.Add(new ReportSection(number, item.Title, blocks));
        }

        var decisions = new List<ReportBlock>();
        if (meeting.Decisions.Count > 0) decisions.Add(new TableBlock(DecisionsTable(meeting.Decisions)));
        if (priorities is not null)
        {
            decisions.Add(new SubheadingBlock($"Priorities for {priorities.AreaName}: the Strategic Assessment's recommendation ({priorities.PeriodLabel})"));
            decisions.Add(new ParagraphBlock(priorities.Summary()));
            decisions.Add(new TableBlock(PrioritiesTable(priorities)));
            decisions.Add(new ParagraphBlock("Reasons: " + priorities.Reasons));
        }
        if (decisions.Count == 0) decisions.Add(new ParagraphBlock("The meeting took no decisions."));
        sections.Add(new ReportSection(null, "Decisions", decisions));
        sections.Add(new ReportSection(null, "Actions", meeting.Actions.Count == 0
            ? [new ParagraphBlock("No actions arose from the meeting.")]
            : [new TableBlock(ActionsTable("actions", "Actions arising from the meeting", meeting.Actions.OrderBy(a => a.Number).ToList(), today, withRaised: false))]));

        List<string> notes = [];
        if (meeting.Source is { Length: > 0 } source) notes.Add(source);
        DataSource[] sources = [new($"The minutes of the {meeting.Group}", date, "Recorded by the partnership in CSP Workbench", notes)];
        return new ReportDocument(Kind, title, meeting.Title, Classification, cover, [], sections, sources);
    }

    /// <summary>"Adopt the refreshed action plan (proposed by the Chair): agreed."</summary>
    public static string Decision(MeetingDecision d) =>
        d.Text.TrimEnd('.') + (d.ProposedBy is { Length: > 0 } by ? $" (proposed by {by})" : "") + ": " + Describe(d.Outcome).ToLowerInvariant() + ".";

    public static string Describe(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.NotAgreed => "Not agreed",
        _ => outcome.ToString(),
    };

    private static ReportTable DecisionsTable(IReadOnlyList<MeetingDecision> decisions)
    {
        List<TableColumn> columns = [new("No.", CellFormat.Text), new("Item", CellFormat.Text), new("Decision", CellFormat.Text), new("Proposed by", CellFormat.Text), new("Outcome", CellFormat.Text)];
        var rows = decisions.Select((d, i) => new TableRow(
        [
            TableCell.Of("D" + (i + 1).ToString(CultureInfo.InvariantCulture)), TableCell.Of(d.Item?.ToString(CultureInfo.InvariantCulture) ?? "-"), TableCell.Of(d.Text),
            TableCell.Of(d.ProposedBy ?? "-"), TableCell.Of(Describe(d.Outcome)),
        ])).ToList();
        return new ReportTable("decisions", "Decisions of the meeting", columns, rows, []);
    }

    private static ReportTable PrioritiesTable(PriorityDecision decision)
    {
        List<TableColumn> columns = [new("Priority", CellFormat.Text), new("Decision", CellFormat.Text), new("Scoring rank", CellFormat.Text)];
        var rows = decision.Priorities.Select(p => new TableRow(
        [
            TableCell.Of(p.Name), TableCell.Of(StrategyWords.Describe(p.Outcome)), TableCell.Of(p.Rank?.ToString(CultureInfo.InvariantCulture) ?? "not scored"),
        ])).ToList();
        return new ReportTable("priorities", $"Priorities decided for {decision.AreaName}, {decision.PeriodLabel}", columns, rows, []);
    }

    private static ReportTable ActionsTable(string id, string caption, IReadOnlyList<MeetingAction> actions, DateOnly today, bool withRaised)
    {
        List<TableColumn> columns = [new("Ref", CellFormat.Text)];
        if (withRaised) columns.Add(new("Raised", CellFormat.Text));
        columns.AddRange([new("Action", CellFormat.Text), new("Owner", CellFormat.Text), new("Due", CellFormat.Text), new("Status", CellFormat.Text)]);
        var rows = actions.Select(a =>
        {
            List<TableCell> cells = [TableCell.Of(a.Ref)];
            if (withRaised) cells.Add(TableCell.Of(a.RaisedOn.ToString("d MMM yyyy", EnGb)));
            cells.AddRange(
            [
                TableCell.Of(a.Action), TableCell.Of(a.Owner),
                TableCell.Of(a.DueOn is { } due ? due.ToString("d MMM yyyy", EnGb) + (a.IsOverdue(today) ? " (overdue)" : "") : "-"),
                TableCell.Of(PlanWords.Describe(a.Status) + (a.Note is { Length: > 0 } note ? ": " + note : "")),
            ]);
            return new TableRow(cells);
        }).ToList();
        return new ReportTable(id, caption, columns, rows, []);
    }

    private static string Plural(int count, string noun) => count.ToString("N0", EnGb) + " " + (count == 1 ? noun : noun + "s");
}
