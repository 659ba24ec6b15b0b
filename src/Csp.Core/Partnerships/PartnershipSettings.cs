using Csp.Core.Imports;

namespace Csp.Core.Partnerships;

/// <summary>
/// What the partnership says about itself (data/config/partnership.csv): the council each report goes to, by district,
/// and the priorities of its current Community Safety Strategy (seed 003: ASB, then violence).
/// </summary>
/// <param name="Councils">Council name by area name or ONS code (case-insensitive).</param>
/// <param name="CurrentPriorities">Categories of the assessment (police.uk crime types or the scheme's groups) that are
/// priorities of the current strategy, in the strategy's order.</param>
public sealed record PartnershipSettings(IReadOnlyDictionary<string, string> Councils, IReadOnlyList<string> CurrentPriorities)
{
    public static readonly PartnershipSettings Empty = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), []);

    /// <summary>The council for an area, looked up by its ONS code, then its name; null when none is set.</summary>
    public string? CouncilFor(string code, string name) =>
        Councils.TryGetValue(code, out var byCode) ? byCode : Councils.TryGetValue(name, out var byName) ? byName : null;

    /// <summary>
    /// Reads <c>Setting,Value</c> lines (a header first): <c>Council for AREA,NAME</c> (AREA an ONS code or a district's
    /// name) and <c>Current priority,CATEGORY</c> (one line each). Anything else is an issue, not an exception.
    /// </summary>
    public static PartnershipSettings Parse(IReadOnlyList<CsvRow> rows, string fileName, List<ImportIssue> issues)
    {
        const string councilFor = "Council for ";
        var councils = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var priorities = new List<string>();
        foreach (var row in rows.Skip(1))
        {
            if (row.IsBlank) continue;
            var (lineNumber, raw) = (row.Line, row.Raw);
            string[] parts = [row.Cell(0), row.Rest(1)];
            if (parts[1].Length == 0)
            {
                issues.Add(new ImportIssue(fileName, lineNumber, null, "expected 'Setting,Value'.", raw));
            }
            else if (parts[0].StartsWith(councilFor, StringComparison.OrdinalIgnoreCase) && parts[0].Length > councilFor.Length)
            {
                councils[parts[0][councilFor.Length..].Trim()] = parts[1];
            }
            else if (parts[0].Equals("Current priority", StringComparison.OrdinalIgnoreCase))
            {
                priorities.Add(parts[1]);
            }
            else
            {
                issues.Add(new ImportIssue(fileName, lineNumber, "Setting", $"'{parts[0]}' is not a setting: write 'Council for AREA' or 'Current priority'.", raw));
            }
        }
        return new PartnershipSettings(councils, priorities);
    }
}
