using System.Runtime.CompilerServices;

namespace Csp.Core.HotSpots;

/// <summary>
/// Each grid cell's 2-byte index to the distinct z-scores, held in chunks of 32,768 cells (64 KB each). A chunk is
/// below the large-object threshold (85,000 bytes), so it is allocated where the garbage collector keeps memory
/// mapped and reuses it; one array of a cell count's ushorts (1.1 MB on Kent at 100 m) goes to the large-object heap,
/// whose freed memory the collector gives back to the system, so a new one is page-faulted in on most calls, and a page
/// fault in this project's virtual machines costs 8-30 us (benchmarks/hotspots/README.md).
/// </summary>
internal sealed class CellIndex
{
    private const int ChunkShift = 15;
    private const int ChunkCells = 1 << ChunkShift;

    private readonly ushort[][] _chunks;

    public CellIndex(int count)
    {
        Count = count;
        _chunks = new ushort[(count + ChunkCells - 1) >> ChunkShift][];
        for (var k = 0; k < _chunks.Length; k++) _chunks[k] = GC.AllocateUninitializedArray<ushort>(Math.Min(ChunkCells, count - (k << ChunkShift)));
    }

    public int Count { get; }

    public ushort this[int cell] => _chunks[cell >> ChunkShift][cell & (ChunkCells - 1)];

    /// <summary>The cells from <paramref name="first"/> on take these indexes (the span may cross chunks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Set(int first, ReadOnlySpan<ushort> indexes)
    {
        while (!indexes.IsEmpty)
        {
            var chunk = _chunks[first >> ChunkShift].AsSpan(first & (ChunkCells - 1));
            var n = Math.Min(chunk.Length, indexes.Length);
            indexes[..n].CopyTo(chunk);
            indexes = indexes[n..];
            first += n;
        }
    }

    /// <summary>The chunks in cell order, for writing or reading a chunk at a time.</summary>
    public ReadOnlySpan<ushort[]> Chunks => _chunks;
}
