using Csp.Core.Imports;

namespace Csp.Core.Consultation;

/// <summary>
/// The analyst's themes for free text, in order (the first listed wins a tie in the counts). Editable data: a CSV with
/// a header <c>Theme,Keywords</c> and keywords separated by ';' (e.g. <c>Parking,parking; parked; double yellow</c>).
/// </summary>
public sealed record ThemeList(IReadOnlyList<ThemeRule> Rules)
{
    public static ThemeList Parse(IReadOnlyList<CsvRow> rows, string fileName, List<ImportIssue> issues)
    {
        var rules = new List<ThemeRule>();
        if (rows.Count == 0)
        {
            issues.Add(new ImportIssue(fileName, 0, null, "the theme list is empty: expected a header 'Theme,Keywords' and one theme a line."));
            return new ThemeList(rules);
        }
        var header = rows[0];
        if (!header.Cell(0).Equals("Theme", StringComparison.OrdinalIgnoreCase) || !header.Cell(1).Equals("Keywords", StringComparison.OrdinalIgnoreCase))
        {
            issues.Add(new ImportIssue(fileName, header.Line, null, $"the header must be 'Theme,Keywords'; it is '{header.Raw}'."));
            return new ThemeList(rules);
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows.Skip(1))
        {
            if (row.IsBlank) continue;
            var theme = row.Cell(0);
            var keywords = row.Rest(1).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (theme.Length == 0)
            {
                issues.Add(new ImportIssue(fileName, row.Line, "Theme", "the theme has no name.", row.Raw));
                continue;
            }
            if (!seen.Add(theme))
            {
                issues.Add(new ImportIssue(fileName, row.Line, "Theme", $"'{theme}' is listed twice; the first is kept.", row.Raw));
                continue;
            }
            // Kept all the same: the analyst can reassign comments to it.
            if (keywords.Length == 0) issues.Add(new ImportIssue(fileName, row.Line, "Keywords", $"'{theme}' has no keywords, so no comment can fall in it (a reassignment can).", row.Raw));
            rules.Add(new ThemeRule(theme, keywords));
        }
        return new ThemeList(rules);
    }
}
