using System.Text.RegularExpressions;

namespace Csp.Core.Cases.SubjectAccess;

/// <summary>
/// Withholds other people's details from the text of a subject access export: wherever the free text of a case (its
/// place and summary, incidents, notes, tasks, reasons) names another person on the case by their full name, any part of
/// their name of three letters or more that is not also part of the subject's own name, their address, postcode (with
/// or without its space) or phone number, the words are replaced by <see cref="Marker"/> (whole words, ignoring case).
/// This is mechanical: a nickname, a misspelling or someone on no case is not caught, which is why the document says its
/// text is to be read before it is released.
/// </summary>
public sealed class ThirdPartyRedaction
{
    public const string Marker = "[withheld: third party]";

    private readonly Regex? _pattern;

    /// <param name="subjectName">The subject's own name: its parts are never withheld (a relative may share a surname).</param>
    public ThirdPartyRedaction(string subjectName, IEnumerable<ThirdParty> others)
    {
        ArgumentNullException.ThrowIfNull(subjectName);
        ArgumentNullException.ThrowIfNull(others);
        var own = Words(subjectName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var terms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in others)
        {
            Add(terms, p.Name);
            foreach (var part in Words(p.Name).Where(w => w.Length >= 3 && !own.Contains(w))) terms.Add(part);
            Add(terms, p.Address);
            Add(terms, p.Phone);
            if (p.Postcode is { } postcode)
            {
                Add(terms, postcode);
                Add(terms, postcode.Replace(" ", "", StringComparison.Ordinal));
            }
        }
        terms.RemoveWhere(t => own.Contains(t) || string.Equals(t, subjectName.Trim(), StringComparison.OrdinalIgnoreCase));
        if (terms.Count == 0) return;
        // Longest first, so a full name is withheld whole rather than word by word.
        var alternatives = terms.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Select(Regex.Escape);
        _pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The text with the third parties' details replaced by the marker; null stays null.</summary>
    public string? Apply(string? text) => text is null || _pattern is null ? text : _pattern.Replace(text, Marker);

    private static void Add(HashSet<string> terms, string? value)
    {
        var v = value?.Trim();
        if (!string.IsNullOrEmpty(v) && v.Length >= 3) terms.Add(v);
    }

    private static IEnumerable<string> Words(string name) =>
        name.Split([' ', '-', '\'', '.', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
