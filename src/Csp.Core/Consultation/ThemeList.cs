using Csp.Core.Imports;

namespace Csp.Core.Consultation;

/// <summary>
/// The analyst's themes for free text, in order (the first listed wins a tie in the counts). Editable data: a CSV with
/// a header <c>Theme,Keywords</c> and keywords separated by ';' (e.g. <c>Parking,parking; parked; double yellow</c>).
/// </summary>
public sealed record ThemeList(IReadOnlyList<ThemeRule> Rules)
{
    public static ThemeList Parse(IReadOnlyList<string> lines, string fileName, List<ImportIssue> issues)
    {
        var rules = new List<ThemeRule>();
        if (lines.Count == 0)
        {
            issues.Add(new ImportIssue(fileName, 0, null, "the theme list is empty: expected a header 'Theme,Keywords' and one theme a line."));
            return new ThemeList(rules);
        }
        var header = lines[0].Split(',', 2, StringSplitOptions.TrimEntries);
        if (header.Length < 2 || !header[0].Equals("Theme", StringComparison.OrdinalIgnoreCase) || !header[1].Equals("Keywords", StringComparison.OrdinalIgnoreCase))
        {
            issues.Add(new ImportIssue(fileName, 1, null, $"the header must be 'Theme,Keywords'; it is '{lines[0]}'."));
            return new ThemeList(rules);
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var cells = lines[i].Split(',', 2, StringSplitOptions.TrimEntries);
            var theme = cells[0].Trim('"');
            var keywords = cells.Length > 1 ? cells[1].Trim('"').Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            if (theme.Length == 0)
            {
                issues.Add(new ImportIssue(fileName, i + 1, "Theme", "the theme has no name.", lines[i]));
                continue;
            }
            if (!seen.Add(theme))
            {
                issues.Add(new ImportIssue(fileName, i + 1, "Theme", $"'{theme}' is listed twice; the first is kept.", lines[i]));
                continue;
            }
            // Kept all the same: the analyst can reassign comments to it.
            if (keywords.Length == 0) issues.Add(new ImportIssue(fileName, i + 1, "Keywords", $"'{theme}' has no keywords, so no comment can fall in it (a reassignment can).", lines[i]));
            rules.Add(new ThemeRule(theme, keywords));
        }
        return new ThemeList(rules);
    }
}
