using Csp.Core.Comparators;
using Csp.Core.Imports;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Performance;

/// <summary>
/// Reads comparator groups (data/config/comparator-groups.csv): <c>group, area, member</c>, one line per member, the
/// area itself among its members. The members are ONS codes; a malformed code is reported with its line.
/// </summary>
internal static class ComparatorGroupCsvReader
{
    public static (IReadOnlyList<MostSimilarGroup> Groups, IReadOnlyList<ImportIssue> Issues) Read(Stream stream, string fileName)
    {
        using var csv = new CsvInput(stream, fileName);
        if (!csv.ReadHeader(["group", "area", "member"], "a comparator group file (group, area, member)")) return ([], [csv.FileError!]);
        var members = new Dictionary<(string Group, string Area), List<string>>();
        var order = new List<(string, string)>();
        var (g, a, m) = (csv.Column("group"), csv.Column("area"), csv.Column("member"));
        while (csv.ReadRow())
        {
            if (!csv.TryText(g, "group", null, out var group) || !csv.TryText(a, "area", null, out var area) || !csv.TryText(m, "member", null, out var member)) continue;
            var bad = !Core.Areas.AreaCode.IsWellFormed(area) ? "area" : !Core.Areas.AreaCode.IsWellFormed(member) ? "member" : null;
            if (group.Length == 0 || bad is not null)
            {
                csv.Quarantine(bad ?? "group", bad is null ? "the group has no name." : $"'{(bad == "area" ? area : member)}' is not an ONS area code.");
                continue;
            }
            if (!members.TryGetValue((group, area), out var list))
            {
                members[(group, area)] = list = [];
                order.Add((group, area));
            }
            if (!list.Contains(member)) list.Add(member);
        }
        var issues = csv.TakeIssues();
        var groups = new List<MostSimilarGroup>();
        foreach (var key in order)
        {
            var list = members[key];
            if (!list.Contains(key.Item2)) list.Insert(0, key.Item2);
            groups.Add(new MostSimilarGroup(key.Item1, key.Item2, list));
        }
        return (groups, issues);
    }
}
