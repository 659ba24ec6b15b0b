namespace Csp.Ingest.Csv;

/// <summary>
/// De-duplicates the strings that repeat on every row (crime types, months, force names, LSOA codes, street names),
/// so that a million rows hold a few thousand distinct strings, and finds them from the field's UTF-8 bytes without
/// decoding them again.
/// </summary>
/// <remarks>Bounded: past <see cref="MaxEntries"/> distinct values new strings are returned without being pooled.</remarks>
public sealed class StringPool
{
    public const int MaxEntries = 1 << 20;

    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Open-addressed table from UTF-8 bytes to the pooled string; capacity is a power of two, kept under 50% full.
    private byte[][] _keys = new byte[1024][];
    private string[] _values = new string[1024];
    private int[] _hashes = new int[1024];
    private int _byteEntries;

    public StringPool() => _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _pool.Count;

    /// <summary>Forgets every string but keeps the tables' capacity: a reader of many files can start each with an empty pool without allocating it again.</summary>
    public void Clear()
    {
        _pool.Clear();
        Array.Clear(_keys);
        Array.Clear(_values);
        _byteEntries = 0;
    }

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return string.Empty;
        if (_lookup.TryGetValue(text, out var pooled)) return pooled;
        var value = text.ToString();
        if (_pool.Count < MaxEntries) _pool[value] = value;
        return value;
    }

    /// <summary>The pooled string whose UTF-8 bytes (as read, before trimming) are <paramref name="utf8"/>, if seen before.</summary>
    public bool TryGet(ReadOnlySpan<byte> utf8, out string value)
    {
        var hash = Hash(utf8);
        var mask = _keys.Length - 1;
        for (var i = hash & mask; _keys[i] is { } key; i = (i + 1) & mask)
        {
            if (_hashes[i] == hash && utf8.SequenceEqual(key))
            {
                value = _values[i];
                return true;
            }
        }
        value = "";
        return false;
    }

    /// <summary>Remembers that <paramref name="utf8"/> decodes (and trims) to <paramref name="value"/>.</summary>
    public void Remember(ReadOnlySpan<byte> utf8, string value)
    {
        if (_byteEntries >= MaxEntries) return;
        if ((_byteEntries + 1) * 2 > _keys.Length) Grow();
        Insert(Hash(utf8), utf8.ToArray(), value);
        _byteEntries++;
    }

    private void Insert(int hash, byte[] key, string value)
    {
        var mask = _keys.Length - 1;
        var i = hash & mask;
        while (_keys[i] is not null) i = (i + 1) & mask;
        _keys[i] = key;
        _values[i] = value;
        _hashes[i] = hash;
    }

    private void Grow()
    {
        var (keys, values, hashes) = (_keys, _values, _hashes);
        _keys = new byte[keys.Length * 2][];
        _values = new string[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key) Insert(hashes[i], key, values[i]);
        }
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var h = new HashCode();
        h.AddBytes(bytes);
        return h.ToHashCode() & int.MaxValue;
    }
}
