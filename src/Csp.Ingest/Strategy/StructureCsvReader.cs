using Csp.Core.Imports;
using Csp.Core.Strategy;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Strategy;

/// <summary>
/// The partnership's structure as CSV <c>group,kind,parent,aliases,chair,meets,agencies,source</c> (a header row;
/// <c>group</c> and <c>kind</c> required in each row; <c>aliases</c> and <c>agencies</c> separated by semicolons). A bad
/// row (an unknown kind, a name given twice, a parent that is no group of the file, a group that is its own ancestor) is
/// an issue naming its file, line and field; the good rows still come back.
/// </summary>
public static class StructureCsvReader
{
    private static readonly string[] Required = ["group", "kind"];

    public static (PartnershipStructure Structure, IReadOnlyList<ImportIssue> Issues) Read(Stream stream, string fileName)
    {
        using var csv = new CsvInput(stream, fileName);
        if (!csv.ReadHeader(Required, "a partnership structure file (group,kind,parent,aliases,chair,meets,agencies,source)")) return (new PartnershipStructure([]), [csv.FileError!]);
        int group = csv.Column("group"), kind = csv.Column("kind"), parent = csv.Column("parent"), aliases = csv.Column("aliases"), chair = csv.Column("chair"),
            meets = csv.Column("meets"), agencies = csv.Column("agencies"), source = csv.Column("source");
        var groups = new List<(DeliveryGroup Group, long Line)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (csv.ReadRow())
        {
            if (!csv.TryText(group, "group", null, out var name)) continue;
            if (name.Length == 0)
            {
                csv.Quarantine("group", "the group has no name.");
                continue;
            }
            if (!csv.TryText(kind, "kind", null, out var kindText)) continue;
            if (!GroupKinds.TryParse(kindText, out var groupKind))
            {
                csv.Quarantine("kind", $"'{kindText}' is not a kind of group; expected {GroupKinds.Expected}.");
                continue;
            }
            if (!Optional(csv, parent, "parent", out var parentName) || !Optional(csv, aliases, "aliases", out var aliasText) || !Optional(csv, chair, "chair", out var chairText)
                || !Optional(csv, meets, "meets", out var meetsText) || !Optional(csv, agencies, "agencies", out var agencyText) || !Optional(csv, source, "source", out var sourceText)) continue;
            var aliasList = List(aliasText);
            var clash = aliasList.Prepend(name).FirstOrDefault(n => names.Contains(PartnershipStructure.Key(n)));
            if (clash is not null)
            {
                csv.Quarantine(clash == name ? "group" : "aliases", $"'{clash}' already names another group of the file: each name and alias names one group.");
                continue;
            }
            foreach (var n in aliasList.Prepend(name)) names.Add(PartnershipStructure.Key(n));
            groups.Add((new DeliveryGroup(name, groupKind, Empty(parentName), aliasList, Empty(chairText), Empty(meetsText), List(agencyText), Empty(sourceText)), csv.Line));
        }
        var issues = csv.Issues.ToList();
        var structure = new PartnershipStructure(groups.Select(g => g.Group));
        var kept = new List<DeliveryGroup>();
        foreach (var (g, line) in groups)
        {
            if (g.Parent is { } p && structure.Find(p) is null)
            {
                issues.Add(new ImportIssue(fileName, line, "parent", $"'{p}' is no group of the file: name the group '{g.Name}' reports to by its name or an alias."));
                continue;
            }
            if (Ancestors(structure, g).Contains(g.Name))
            {
                issues.Add(new ImportIssue(fileName, line, "parent", $"'{g.Name}' would report to itself through '{g.Parent}'."));
                continue;
            }
            kept.Add(g.Parent is { } q ? g with { Parent = structure.Find(q)!.Name } : g);
        }
        return (new PartnershipStructure(kept), issues.OrderBy(i => i.Line).ToList());
    }

    private static List<string> Ancestors(PartnershipStructure structure, DeliveryGroup group)
    {
        var seen = new List<string>();
        var at = group;
        while (at.Parent is { } p && structure.Find(p) is { } up && !seen.Contains(up.Name))
        {
            seen.Add(up.Name);
            at = up;
        }
        return seen;
    }

    private static bool Optional(CsvInput csv, int column, string field, out string value)
    {
        value = "";
        return column < 0 || csv.TryText(column, field, null, out value);
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;

    private static List<string> List(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
