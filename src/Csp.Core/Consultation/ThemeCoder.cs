namespace Csp.Core.Consultation;

/// <summary>
/// Puts free-text comments into the analyst's themes by keyword, then applies the analyst's reassignments (which
/// replace the keywords' verdict for that response, and may name a theme not in the list). Counts comments per theme.
/// </summary>
public static class ThemeCoder
{
    /// <param name="reassigned">Response id -> the themes the analyst gave it (an empty list: in no theme).</param>
    public static ThemeResults Code(IReadOnlyList<FreeTextAnswer> answers, ThemeList themes, IReadOnlyDictionary<string, IReadOnlyList<string>>? reassigned = null)
    {
        var rules = themes.Rules.Select(r => (r.Theme, Keywords: r.Keywords.Select(Words).Where(k => k.Length > 0).ToArray())).ToArray();
        var assignments = new List<ThemeAssignment>();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>(themes.Rules.Select(r => r.Theme));
        var unthemed = 0;
        foreach (var answer in answers)
        {
            if (string.IsNullOrWhiteSpace(answer.Text)) continue;
            IReadOnlyList<string> found;
            IReadOnlyList<string>? given = null;
            var manual = reassigned is not null && reassigned.TryGetValue(answer.ResponseId, out given);
            if (manual)
            {
                found = given!.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            }
            else
            {
                var words = Words(answer.Text);
                found = rules.Where(r => r.Keywords.Any(k => Contains(words, k))).Select(r => r.Theme).ToArray();
            }
            assignments.Add(new ThemeAssignment(answer.ResponseId, answer.Text, found, manual));
            if (found.Count == 0) unthemed++;
            foreach (var theme in found)
            {
                counts[theme] = counts.GetValueOrDefault(theme) + 1;
                if (!order.Contains(theme, StringComparer.OrdinalIgnoreCase)) order.Add(theme);
            }
        }
        var total = assignments.Count;
        var table = order
            .Select((t, i) => (Count: new ThemeCount(t, counts.GetValueOrDefault(t), total > 0 ? 100.0 * counts.GetValueOrDefault(t) / total : 0), Order: i))
            .OrderByDescending(x => x.Count.Comments).ThenBy(x => x.Order)
            .Select(x => x.Count)
            .ToArray();
        return new ThemeResults(total, table, unthemed, assignments);
    }

    // Lower-case words of letters and digits ("don't" -> "don", "t"; "fly-tipping" -> "fly", "tipping").
    private static string[] Words(string text) =>
        OptionText.Normalise(text).Split(c => !char.IsLetterOrDigit(c)).Where(w => w.Length > 0).ToArray();

    // The keyword's words in order at consecutive word positions, each a word's start (the last may be a prefix; the
    // earlier ones whole words).
    private static bool Contains(string[] words, string[] keyword)
    {
        for (var i = 0; i + keyword.Length <= words.Length; i++)
        {
            var match = true;
            for (var k = 0; k < keyword.Length && match; k++)
            {
                match = k == keyword.Length - 1
                    ? words[i + k].StartsWith(keyword[k], StringComparison.Ordinal)
                    : words[i + k] == keyword[k];
            }
            if (match) return true;
        }
        return false;
    }

    private static string[] Split(this string text, Func<char, bool> separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !separator(text[i])) continue;
            if (i > start) parts.Add(text[start..i]);
            start = i + 1;
        }
        return parts.ToArray();
    }
}
