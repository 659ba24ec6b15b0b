using Csp.Core.Imports;

namespace Csp.Core.Offences;

/// <summary>
/// How a partnership groups police.uk crime types and weighs their harm: the categories of its assessment tables.
/// Read from CSV text (see data/config/README.md); a bad line is an issue, not an exception.
/// </summary>
public sealed class OffenceScheme
{
    public const string TotalCrime = "Total crime";

    public OffenceScheme(IReadOnlyList<OffenceGroup> groups, IReadOnlyDictionary<string, double> harmWeights)
    {
        Groups = groups;
        HarmWeights = harmWeights;
    }

    /// <summary>Groups in the order the file gives them; the assessment lists them before the single crime types.</summary>
    public IReadOnlyList<OffenceGroup> Groups { get; }

    /// <summary>Days of imprisonment (Cambridge Crime Harm Index) per crime type; a type without a weight counts no harm.</summary>
    public IReadOnlyDictionary<string, double> HarmWeights { get; }

    public double HarmWeight(string crimeType) => HarmWeights.TryGetValue(crimeType, out var w) ? w : 0;

    /// <summary>Parses <c>Category,Crime type</c> lines (a header first). <c>*</c> is every type; <c>-Type</c> removes one.</summary>
    public static IReadOnlyList<OffenceGroup> ParseGroups(IEnumerable<string> lines, string fileName, List<ImportIssue> issues)
    {
        var groups = new List<(string Name, bool Everything, List<string> In, List<string> Out)>();
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            if (lineNumber == 1 || string.IsNullOrWhiteSpace(raw)) continue;
            var parts = raw.Split(',', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                issues.Add(new ImportIssue(fileName, lineNumber, null, "expected 'Category,Crime type'.", raw));
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
    public static IReadOnlyDictionary<string, double> ParseHarmWeights(IEnumerable<string> lines, string fileName, List<ImportIssue> issues)
    {
        var weights = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            if (lineNumber == 1 || string.IsNullOrWhiteSpace(raw)) continue;
            var parts = raw.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || !double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w) || w < 0)
            {
                issues.Add(new ImportIssue(fileName, lineNumber, "Harm weight", "expected a crime type and a weight of zero or more days.", raw));
                continue;
            }
            weights[parts[0]] = w;
        }
        return weights;
    }
}
