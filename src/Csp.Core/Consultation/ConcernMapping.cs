using Csp.Core.Imports;

namespace Csp.Core.Consultation;

/// <summary>
/// Which survey issue speaks for which candidate priority (the police.uk crime types and ASB that priority scoring
/// ranks). Editable data: a CSV with the header <c>Issue,Category</c>, one pair a line; an issue may feed several
/// categories ("Tackling theft and handling stolen goods" -> Shoplifting, Other theft, ...), and a category may be fed
/// by several issues (the highest concern is taken).
/// </summary>
public sealed record ConcernMapping(IReadOnlyList<(string Issue, string Category)> Pairs)
{
    /// <summary>Mapped issues that a question's tables do not have (a misspelt issue feeds nothing): to show the analyst.</summary>
    public IReadOnlyList<string> IssuesNotIn(SurveyResults results, string questionId)
    {
        var tables = results.Tables.Where(t => string.Equals(t.QuestionId, questionId, StringComparison.OrdinalIgnoreCase)).ToArray();
        var known = tables.Select(t => t.Item).OfType<string>().Concat(tables.SelectMany(t => t.Options.Select(o => o.Option))).ToArray();
        return Pairs.Select(p => p.Issue).Distinct(StringComparer.OrdinalIgnoreCase).Where(i => !known.Any(k => OptionText.Same(k, i))).ToArray();
    }

    public static ConcernMapping Parse(IReadOnlyList<string> lines, string fileName, List<ImportIssue> issues)
    {
        var pairs = new List<(string, string)>();
        if (lines.Count == 0 || !lines[0].Replace(" ", "", StringComparison.Ordinal).Equals("Issue,Category", StringComparison.OrdinalIgnoreCase))
        {
            issues.Add(new ImportIssue(fileName, lines.Count == 0 ? 0 : 1, null, "the header must be 'Issue,Category'."));
            return new ConcernMapping(pairs);
        }
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            // The issue may contain commas when quoted; the category (a crime type) never does.
            var comma = lines[i].LastIndexOf(',');
            if (comma <= 0 || comma == lines[i].Length - 1)
            {
                issues.Add(new ImportIssue(fileName, i + 1, null, "expected an issue and a category separated by a comma.", lines[i]));
                continue;
            }
            pairs.Add((lines[i][..comma].Trim().Trim('"'), lines[i][(comma + 1)..].Trim()));
        }
        return new ConcernMapping(pairs);
    }
}
