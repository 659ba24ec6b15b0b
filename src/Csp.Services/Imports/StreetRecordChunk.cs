namespace Csp.Services.Imports;

/// <summary>
/// A run of encoded rows handed from parsing to writing, with the bytes of their crime IDs. Reused from chunk to chunk
/// and file to file, so that a run does not allocate (and the GC collect) its row storage again for each chunk.
/// </summary>
internal sealed class StreetRecordChunk(int capacity)
{
    private byte[] _crimeIds = new byte[capacity * 64];
    private int _crimeIdBytes;

    public EncodedStreetRecord[] Rows { get; } = new EncodedStreetRecord[capacity];

    public int Count { get; private set; }

    public bool IsFull => Count == Rows.Length;

    public ReadOnlySpan<byte> CrimeIds => _crimeIds.AsSpan(0, _crimeIdBytes);

    /// <summary>The next row to fill in, with its crime ID (empty for none) already stored.</summary>
    public ref EncodedStreetRecord Add(ReadOnlySpan<byte> crimeId)
    {
        if (_crimeIdBytes + crimeId.Length > _crimeIds.Length) Array.Resize(ref _crimeIds, Math.Max(_crimeIds.Length * 2, _crimeIdBytes + crimeId.Length));
        crimeId.CopyTo(_crimeIds.AsSpan(_crimeIdBytes));
        ref var row = ref Rows[Count++];
        row.CrimeIdStart = _crimeIdBytes;
        row.CrimeIdLength = crimeId.Length;
        _crimeIdBytes += crimeId.Length;
        return ref row;
    }

    public ReadOnlySpan<byte> CrimeId(in EncodedStreetRecord row) => _crimeIds.AsSpan(row.CrimeIdStart, row.CrimeIdLength);

    public void Clear()
    {
        Count = 0;
        _crimeIdBytes = 0;
    }
}
