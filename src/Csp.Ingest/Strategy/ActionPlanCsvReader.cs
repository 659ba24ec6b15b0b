using Csp.Core.Imports;
using Csp.Core.Strategy;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Strategy;

/// <summary>
/// An action plan as the seed prints it, one row per action: <c>Ref,Action Plan,Coordinating Delivery Group,Strategic
/// Assessment priority</c> (seed 004), with <c>Theme</c> (the heading the table sits under) and, when a partnership keeps
/// them, <c>Owner agency,Lead,Start,Due,Status,RAG,Source</c>. A cell naming several groups or priorities is split (see
/// <see cref="PartnershipStructure.Resolve"/> and <see cref="PriorityNames"/>); every group must be one of the structure's.
/// A bad row (a ref not "theme.number", a ref given twice, a theme other than its ref's first row's, a group the structure
/// does not hold, a date, status or RAG not understood) is an issue naming its file, line and field; the good rows still
/// come back.
/// </summary>
public static class ActionPlanCsvReader
{
    private static readonly string[] Required = ["Theme", "Ref", "Action Plan", "Coordinating Delivery Group", "Strategic Assessment priority"];

    public static (IReadOnlyList<ActionPlanItem> Items, IReadOnlyList<ImportIssue> Issues) Read(Stream stream, string fileName, PartnershipStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        using var csv = new CsvInput(stream, fileName);
        if (!csv.ReadHeader(Required, "an action plan (Theme,Ref,Action Plan,Coordinating Delivery Group,Strategic Assessment priority)")) return ([], [csv.FileError!]);
        int theme = csv.Column("Theme"), reference = csv.Column("Ref"), action = csv.Column("Action Plan"), groups = csv.Column("Coordinating Delivery Group"),
            priorities = csv.Column("Strategic Assessment priority"), owner = csv.Column("Owner agency"), lead = csv.Column("Lead"), start = csv.Column("Start"),
            due = csv.Column("Due"), status = csv.Column("Status"), rag = csv.Column("RAG"), source = csv.Column("Source");
        var items = new List<ActionPlanItem>();
        var themes = new Dictionary<int, string>();
        while (csv.ReadRow())
        {
            if (!csv.TryText(reference, "Ref", null, out var refText) || !csv.TryText(theme, "Theme", null, out var themeText) || !csv.TryText(action, "Action Plan", null, out var actionText)
                || !csv.TryText(groups, "Coordinating Delivery Group", null, out var groupText) || !csv.TryText(priorities, "Strategic Assessment priority", null, out var priorityText)) continue;
            if (!ActionRef.TryParse(refText, out var actionRef))
            {
                csv.Quarantine("Ref", $"'{refText}' is not a ref as the action plan numbers them: the theme's number, a full stop, the action's number (1.1, 2.10).");
                continue;
            }
            if (items.Any(i => i.Ref == actionRef))
            {
                csv.Quarantine("Ref", $"ref {actionRef} is given twice: each action has its own.");
                continue;
            }
            if (themeText.Length == 0)
            {
                csv.Quarantine("Theme", "the theme is empty: name the heading the action sits under.");
                continue;
            }
            if (themes.TryGetValue(actionRef.Theme, out var known) && !known.Equals(themeText, StringComparison.OrdinalIgnoreCase))
            {
                csv.Quarantine("Theme", $"ref {actionRef} is under '{themeText}', but the earlier refs of theme {actionRef.Theme} are under '{known}'.");
                continue;
            }
            if (actionText.Length == 0)
            {
                csv.Quarantine("Action Plan", "the action is empty.");
                continue;
            }
            var (found, unknown) = structure.Resolve(groupText);
            if (unknown.Count > 0 || found.Count == 0)
            {
                csv.Quarantine("Coordinating Delivery Group", found.Count == 0 && unknown.Count == 0
                    ? "no coordinating delivery group is named."
                    : $"'{string.Join("', '", unknown)}' is no group of the partnership's structure: add it (or the alias) to the structure file, or correct the name.");
                continue;
            }
            var priorityList = PriorityNames.Split(priorityText);
            if (priorityList.Count == 0)
            {
                csv.Quarantine("Strategic Assessment priority", "no Strategic Assessment priority is named.");
                continue;
            }
            if (!Text(csv, owner, "Owner agency", out var ownerText) || !Text(csv, lead, "Lead", out var leadText) || !Text(csv, source, "Source", out var sourceText)) continue;
            if (!Date(csv, start, "Start", out var startOn) || !Date(csv, due, "Due", out var dueOn)) continue;
            if (!Text(csv, status, "Status", out var statusText)) continue;
            if (!PlanWords.TryStatus(statusText, out var actionStatus))
            {
                csv.Quarantine("Status", $"'{statusText}' is not a status; expected {PlanWords.ExpectedStatus}.");
                continue;
            }
            if (!Text(csv, rag, "RAG", out var ragText)) continue;
            if (!PlanWords.TryRag(ragText, out var rating))
            {
                csv.Quarantine("RAG", $"'{ragText}' is not a RAG rating; expected {PlanWords.ExpectedRag}.");
                continue;
            }
            themes.TryAdd(actionRef.Theme, themeText);
            items.Add(new ActionPlanItem(actionRef, themes[actionRef.Theme], actionText, found.Select(g => g.Name).ToList(), priorityList, Empty(ownerText), Empty(leadText),
                startOn, dueOn, actionStatus, rating, Empty(sourceText)));
        }
        return (items, csv.Issues.ToList());
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;

    private static bool Text(CsvInput csv, int column, string field, out string value)
    {
        value = "";
        return column < 0 || csv.TryText(column, field, null, out value);
    }

    private static bool Date(CsvInput csv, int column, string field, out DateOnly? date)
    {
        date = null;
        if (!Text(csv, column, field, out var text)) return false;
        if (text.Length == 0) return true;
        if (DateField.TryParse(text, out var d))
        {
            date = d;
            return true;
        }
        csv.Quarantine(field, $"'{text}' is not {DateField.Expected}.");
        return false;
    }
}
