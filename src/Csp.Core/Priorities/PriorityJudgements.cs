using System.Globalization;
using Csp.Core.Imports;

namespace Csp.Core.Priorities;

/// <summary>
/// The weights of the criteria and the entered judgements (0 to 5 per category for community concern, partnership added
/// value, alignment with the police control strategy and horizon scanning). Community concern will come from the
/// consultation; until then it is entered here.
/// </summary>
public sealed record PriorityJudgements(IReadOnlyDictionary<PriorityCriterion, double> Weights, IReadOnlyDictionary<string, IReadOnlyDictionary<PriorityCriterion, double>> Scores)
{
    public static readonly PriorityJudgements Default = new(Enum.GetValues<PriorityCriterion>().ToDictionary(c => c, _ => 1.0), new Dictionary<string, IReadOnlyDictionary<PriorityCriterion, double>>());

    /// <summary>The categories that are priorities of the partnership's current strategy (data/config/partnership.csv):
    /// the findings always speak of them and their scores say so.</summary>
    public IReadOnlyList<string> CurrentPriorities { get; init; } = [];

    public bool IsCurrentPriority(string category) => CurrentPriorities.Contains(category, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a score for <paramref name="criterion"/> was entered for at least one category.</summary>
    public bool AnyEntered(PriorityCriterion criterion) => Scores.Values.Any(s => s.ContainsKey(criterion));

    public double Weight(PriorityCriterion criterion) => Weights.TryGetValue(criterion, out var w) ? w : 1.0;

    /// <summary>The entered score (0 to 5) or null when none was entered for that category.</summary>
    public double? Entered(string category, PriorityCriterion criterion) =>
        Scores.TryGetValue(category, out var s) && s.TryGetValue(criterion, out var v) ? v : null;

    /// <summary>
    /// Reads a CSV whose header names the columns: <c>Category</c> then any of the criteria (Volume, Harm, Trend,
    /// CommunityConcern, PartnershipAddedValue, ControlStrategy, HorizonScanning). A row whose Category is <c>Weight</c>
    /// gives the weights; other rows give a category's entered scores (0 to 5).
    /// </summary>
    public static PriorityJudgements Parse(IReadOnlyList<CsvRow> rows, string fileName, List<ImportIssue> issues)
    {
        if (rows.Count == 0) return Default;
        var header = rows[0].Cells;
        var known = new List<(int, PriorityCriterion)>();
        for (var i = 1; i < header.Count; i++)
        {
            if (Enum.TryParse<PriorityCriterion>(header[i].Replace(" ", "", StringComparison.Ordinal), true, out var c)) known.Add((i, c));
            else issues.Add(new ImportIssue(fileName, 1, header[i], $"'{header[i]}' is not a criterion ({string.Join(", ", Enum.GetNames<PriorityCriterion>())})."));
        }
        var weights = Enum.GetValues<PriorityCriterion>().ToDictionary(c => c, _ => 1.0);
        var scores = new Dictionary<string, IReadOnlyDictionary<PriorityCriterion, double>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in rows.Skip(1))
        {
            if (line.IsBlank) continue;
            var cells = line.Cells;
            var row = new Dictionary<PriorityCriterion, double>();
            foreach (var (index, criterion) in known)
            {
                if (index >= cells.Count || cells[index].Length == 0) continue;
                var isWeight = cells[0].Equals("Weight", StringComparison.OrdinalIgnoreCase);
                if (!double.TryParse(cells[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < 0 || (!isWeight && v > 5))
                {
                    issues.Add(new ImportIssue(fileName, line.Line, header[index], isWeight ? "a weight must be a number of zero or more." : "a score must be a number from 0 to 5.", line.Raw));
                    continue;
                }
                if (isWeight) weights[criterion] = v;
                else row[criterion] = v;
            }
            if (!cells[0].Equals("Weight", StringComparison.OrdinalIgnoreCase)) scores[cells[0]] = row;
        }
        return new PriorityJudgements(weights, scores);
    }
}
