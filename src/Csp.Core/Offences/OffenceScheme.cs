using Csp.Core.Imports;

namespace Csp.Core.Offences;

/// <summary>
/// How a partnership groups police.uk crime types and weighs their harm: the categories of its assessment tables.
/// Read from CSV text (see data/config/README.md); a bad line is an issue, not an exception.
/// </summary>
public sealed class OffenceScheme
{
    public const string TotalCrime = "Total crime";

    /// <param name="descriptions">How each category reads in a sentence and whether police activity drives it, by category
    /// name (case-insensitive); null or missing entries read as the name in lower case (<see cref="OffenceDescription.Default"/>).</param>
    public OffenceScheme(IReadOnlyList<OffenceGroup> groups, IReadOnlyDictionary<string, double> harmWeights, IReadOnlyDictionary<string, OffenceDescription>? descriptions = null)
    {
        Groups = groups;
        HarmWeights = harmWeights;
        Descriptions = descriptions is null
            ? new Dictionary<string, OffenceDescription>(StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, OffenceDescription>(descriptions, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyDictionary<string, OffenceDescription> Descriptions { get; }

    public OffenceDescription Describe(string category) =>
        Descriptions.TryGetValue(category, out var d) ? d with { Category = category } : OffenceDescription.Default(category);

    /// <summary>Groups in the order the file gives them; the assessment lists them before the single crime types.</summary>
    public IReadOnlyList<OffenceGroup> Groups { get; }

    /// <summary>Days of imprisonment (Cambridge Crime Harm Index) per crime type; a type without a weight counts no harm.</summary>
    public IReadOnlyDictionary<string, double> HarmWeights { get; }

    public double HarmWeight(string crimeType) => HarmWeights.TryGetValue(crimeType, out var w) ? w : 0;

    /// <summary>Parses <c>Category,Crime type</c> lines (a header first). <c>*</c> is every type; <c>-Type</c> removes one.</summary>
    public static IReadOnlyList<OffenceGroup> ParseGroups(IReadOnlyList<CsvRow> rows, string fileName, List<ImportIssue> issues)
    {
        var groups = new List<(string Name, bool Everything, List<string> In, List<string> Out)>();
        foreach (var row in rows.Skip(1))
        {
            if (row.IsBlank) continue;
            string[] parts = [row.Cell(0), row.Rest(1)];
            if (parts[0].Length == 0 || parts[1].Length == 0)
            {
                issues.Add(new ImportIssue(fileName, row.Line, null, "expected 'Category,Crime type'.", row.Raw));
                continue;
            }
            var index = groups.FindIndex(g => g.Name.Equals(parts[0], StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                groups.Add((parts[0], false, [], []));
                index = groups.Count - 1;
            }
            var g = groups[index];
            if (parts[1] == "*") groups[index] = (g.Name, true, g.In, g.Out);
            else if (parts[1].StartsWith('-')) g.Out.Add(parts[1][1..].Trim());
            else g.In.Add(parts[1]);
        }
        return groups.Select(g => new OffenceGroup(g.Name, g.Everything, g.In, g.Out)).ToList();
    }

    /// <summary>Parses <c>Crime type,Harm weight,...</c> lines (a header first).</summary>
    public static IReadOnlyDictionary<string, double> ParseHarmWeights(IReadOnlyList<CsvRow> rows, string fileName, List<ImportIssue> issues)
    {
        var weights = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows.Skip(1))
        {
            if (row.IsBlank) continue;
            var parts = row.Cells;
            if (parts.Count < 2 || !double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w) || w < 0)
            {
                issues.Add(new ImportIssue(fileName, row.Line, "Harm weight", "expected a crime type and a weight of zero or more days.", row.Raw));
                continue;
            }
            weights[parts[0]] = w;
        }
        return weights;
    }

    /// <summary>
    /// Parses <c>Category,In a sentence,Number,Police activity</c> lines (a header first): Number is <c>singular</c> or
    /// <c>plural</c>, Police activity <c>yes</c> or <c>no</c> (empty: no).
    /// </summary>
    public static IReadOnlyDictionary<string, OffenceDescription> ParseDescriptions(IReadOnlyList<CsvRow> rows, string fileName, List<ImportIssue> issues)
    {
        var descriptions = new Dictionary<string, OffenceDescription>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows.Skip(1))
        {
            if (row.IsBlank) continue;
            var parts = row.Cells;
            var (lineNumber, raw) = (row.Line, row.Raw);
            if (parts.Count < 3 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                issues.Add(new ImportIssue(fileName, lineNumber, null, "expected 'Category,In a sentence,Number,Police activity'.", raw));
                continue;
            }
            bool? plural = parts[2].ToLowerInvariant() switch { "singular" => false, "plural" => true, _ => null };
            if (plural is null)
            {
                issues.Add(new ImportIssue(fileName, lineNumber, "Number", $"'{parts[2]}' is not 'singular' or 'plural'.", raw));
                continue;
            }
            var mark = parts.Count > 3 ? parts[3].ToLowerInvariant() : "";
            if (mark is not ("" or "yes" or "no"))
            {
                issues.Add(new ImportIssue(fileName, lineNumber, "Police activity", $"'{parts[3]}' is not 'yes' or 'no'.", raw));
                continue;
            }
            descriptions[parts[0]] = new OffenceDescription(parts[0], parts[1], plural.Value, mark == "yes");
        }
        return descriptions;
    }
}
