using Csp.Core.PoliceUk;

namespace Csp.Storage.Loaders;

/// <summary>
/// A run of rows handed from the reading thread to the writing one: the records as read, with the bytes of their crime
/// IDs, and room for the writer to encode them. Reused from chunk to chunk and file to file, so that a run does not
/// allocate (and the GC collect) its row storage again for each chunk.
/// </summary>
internal sealed class StreetRecordChunk(int capacity)
{
    private byte[] _crimeIds = new byte[capacity * 64];
    private int _crimeIdBytes;

    /// <summary>The records as read (the crime ID is in <see cref="CrimeId"/>, not in the record).</summary>
    public StreetRecord[] Records { get; } = new StreetRecord[capacity];

    /// <summary>The same records encoded by the writer, in the same places.</summary>
    public EncodedStreetRecord[] Rows { get; } = new EncodedStreetRecord[capacity];

    public int Count { get; private set; }

    public bool IsFull => Count == Records.Length;

    /// <summary>Appends a record read, with its crime ID (empty for none) as UTF-8.</summary>
    public void Add(in StreetRecord record, ReadOnlySpan<byte> crimeId)
    {
        if (_crimeIdBytes + crimeId.Length > _crimeIds.Length) Array.Resize(ref _crimeIds, Math.Max(_crimeIds.Length * 2, _crimeIdBytes + crimeId.Length));
        crimeId.CopyTo(_crimeIds.AsSpan(_crimeIdBytes));
        Records[Count] = record;
        ref var row = ref Rows[Count++];
        row.CrimeIdStart = _crimeIdBytes;
        row.CrimeIdLength = crimeId.Length;
        _crimeIdBytes += crimeId.Length;
    }

    public ReadOnlySpan<byte> CrimeId(in EncodedStreetRecord row) => _crimeIds.AsSpan(row.CrimeIdStart, row.CrimeIdLength);

    public void Clear()
    {
        Array.Clear(Records, 0, Count); // the strings of a file's pool can go once its rows are written
        Count = 0;
        _crimeIdBytes = 0;
    }
}
