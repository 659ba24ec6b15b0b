namespace Csp.Ingest.Csv;

/// <summary>
/// De-duplicates the strings that repeat on every row (crime types, months, force names, LSOA codes, street names),
/// so that a million rows hold a few thousand distinct strings.
/// </summary>
/// <remarks>Bounded: past <see cref="MaxEntries"/> distinct values new strings are returned without being pooled.</remarks>
public sealed class StringPool
{
    public const int MaxEntries = 1 << 20;

    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _pool.Count;

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return string.Empty;
        if (_lookup.TryGetValue(text, out var pooled)) return pooled;
        var value = text.ToString();
        if (_pool.Count < MaxEntries) _pool[value] = value;
        return value;
    }
}
