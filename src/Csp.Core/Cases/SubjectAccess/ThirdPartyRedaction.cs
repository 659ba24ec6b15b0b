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

    private readonly HashSet<string> _own;

    /// <param name="subject">The subject's own details: never withheld, and a longer match of theirs wins (their own address
    /// "12 Example Road" stays whole though a third party's surname is Example); the parts of their name are never withheld
    /// on their own (a relative may share a surname).</param>
    public ThirdPartyRedaction(ThirdParty subject, IEnumerable<ThirdParty> others)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(others);
        var ownWords = Words(subject.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _own = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Details(_own, subject);
        var terms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in others)
        {
            Details(terms, p);
            foreach (var part in Words(p.Name).Where(w => w.Length >= 3 && !ownWords.Contains(w))) terms.Add(part);
        }
        terms.ExceptWith(_own);
        terms.ExceptWith(ownWords);
        if (terms.Count == 0) return;
        // Longest first, so a full name or address is taken whole rather than word by word, and the subject's own
        // details are matched too (and kept) so that a third party's word inside them is not withheld.
        var alternatives = terms.Concat(_own).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Select(Regex.Escape);
        _pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The text with the third parties' details replaced by the marker; null stays null.</summary>
    public string? Apply(string? text) => text is null || _pattern is null ? text : _pattern.Replace(text, m => _own.Contains(m.Value) ? m.Value : Marker);

    private static void Details(HashSet<string> terms, ThirdParty p)
    {
        Add(terms, p.Name);
        Add(terms, p.Address);
        Add(terms, p.Phone);
        if (p.Postcode is { } postcode)
        {
            Add(terms, postcode);
            Add(terms, postcode.Replace(" ", "", StringComparison.Ordinal));
        }
    }

    private static void Add(HashSet<string> terms, string? value)
    {
        var v = value?.Trim();
        if (!string.IsNullOrEmpty(v) && v.Length >= 3) terms.Add(v);
    }

    private static IEnumerable<string> Words(string name) =>
        name.Split([' ', '-', '\'', '.', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
