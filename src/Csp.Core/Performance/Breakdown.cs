namespace Csp.Core.Performance;

/// <summary>
/// A figure's breakdown as <c>key=value</c> pairs, canonical form: keys lower case, sorted, joined by ';'
/// ("age=10-17;sex=Female"). The empty string is the figure for everyone (the headline). A breakdown whose every value
/// is "All" or "Total" is the headline too, as the seeds' "All" columns are.
/// </summary>
public static class Breakdown
{
    public const string Headline = "";

    /// <summary>
    /// Parses "sex=Female;age=10-17" into its canonical form. Pairs are separated by ';', or by ',' when there is no ';'
    /// and every comma-separated part is a pair ("sex=Female, age=10-17"); so a value may hold commas
    /// ("behaviour=Vandalism, graffiti or damage"). Spaces around keys and values are ignored.
    /// False with a reason when a pair has no '=', an empty key or value, or a key twice.
    /// </summary>
    public static bool TryNormalise(ReadOnlySpan<char> text, out string canonical, out string? problem)
    {
        canonical = Headline;
        problem = null;
        var t = text.Trim();
        if (t.IsEmpty) return true;
        var pairs = new List<(string Key, string Value)>(2);
        var separator = ';';
        if (!t.Contains(';'))
        {
            separator = ',';
            foreach (var range in t.Split(','))
            {
                if (!t[range].Contains('=')) separator = ';';
            }
        }
        foreach (var range in t.Split(separator))
        {
            var part = t[range].Trim();
            if (part.IsEmpty) continue;
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1)
            {
                problem = $"'{part}' is not key=value (e.g. sex=Female;age=10-17).";
                return false;
            }
            var key = part[..eq].Trim().ToString().ToLowerInvariant();
            var value = part[(eq + 1)..].Trim().ToString();
            if (pairs.Exists(p => p.Key == key))
            {
                problem = $"'{key}' is given twice.";
                return false;
            }
            pairs.Add((key, value));
        }
        pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        canonical = pairs.Count == 0 ? Headline : string.Join(';', pairs.Select(p => $"{p.Key}={p.Value}"));
        return true;
    }

    /// <summary>Adds or replaces one pair of a canonical breakdown.</summary>
    public static string With(string canonical, string key, string value)
    {
        var pairs = Pairs(canonical).Where(p => p.Key != key).Append((Key: key, Value: value)).OrderBy(p => p.Key, StringComparer.Ordinal);
        return string.Join(';', pairs.Select(p => $"{p.Key}={p.Value}"));
    }

    /// <summary>The value for <paramref name="key"/> in a canonical breakdown, or null.</summary>
    public static string? Get(string canonical, string key)
    {
        foreach (var (k, v) in Pairs(canonical))
        {
            if (k == key) return v;
        }
        return null;
    }

    /// <summary>The breakdown without <paramref name="key"/>.</summary>
    public static string Without(string canonical, string key) =>
        string.Join(';', Pairs(canonical).Where(p => p.Key != key).Select(p => $"{p.Key}={p.Value}"));

    /// <summary>True for the headline: no pairs, or every value "All" / "Total".</summary>
    public static bool IsHeadline(string canonical) =>
        canonical.Length == 0 || Pairs(canonical).All(p => IsTotalValue(p.Value));

    public static bool IsTotalValue(string value) =>
        value.Equals("All", StringComparison.OrdinalIgnoreCase) || value.Equals("Total", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<(string Key, string Value)> Pairs(string canonical)
    {
        if (canonical.Length == 0) yield break;
        foreach (var part in canonical.Split(';'))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            yield return (part[..eq], part[(eq + 1)..]);
        }
    }
}
