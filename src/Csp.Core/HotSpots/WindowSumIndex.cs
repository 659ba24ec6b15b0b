namespace Csp.Core.HotSpots;

/// <summary>
/// Each grid cell's index to the distinct z-scores, found by the cell's window sum and window size as the box sums are
/// taken (<see cref="GetisOrdGiStar"/>): a cell's z depends only on those two, and with whole-number counts both are
/// small whole numbers, so the index is two array reads (a table of window sums per window size) where the z-score's
/// bits would otherwise be hashed. The distinct values are numbered as first met, each with the z of the first cell that
/// met it and how many cells hold it; two keys may give the same z (every z is 0 when all values are equal), which the
/// p-value correction treats as ties by value, as it does a z and its negative.
/// </summary>
internal sealed class WindowSumIndex
{
    private readonly int[]?[] _indexOfSum; // by window size: one more than the distinct index of each window sum, 0 for none yet
    private readonly double[] _prefix;
    private double[] _valueOf = new double[1024];
    private int[] _countOf = new int[1024];

    public WindowSumIndex(int columns, int rows, int radius)
    {
        var window = 2 * radius + 1;
        _indexOfSum = new int[]?[window * window + 1];
        _prefix = new double[columns + 1];
        IndexOfCell = GC.AllocateUninitializedArray<ushort>(columns * rows);
    }

    /// <summary>False once a window sum is not a whole number in int range (fractional values) or there are more distinct
    /// values than a 2-byte index reaches: the caller then finds the distinct z-scores by their bits instead.</summary>
    public bool Complete { get; private set; } = true;

    public ushort[] IndexOfCell { get; }

    public int Count { get; private set; }

    /// <summary>The distinct z-scores by index.</summary>
    public double[] ValueOf => _valueOf.AsSpan(0, Count).ToArray();

    /// <summary>Cells holding each distinct z-score, by index.</summary>
    public int[] CountOf => _countOf.AsSpan(0, Count).ToArray();

    /// <summary>One row's cells: window sums from the row's column sums (over the window's rows), z-scores as standardised.</summary>
    public void Row(ReadOnlySpan<double> columnSums, ReadOnlySpan<double> z, int row, int radius, int blockRows)
    {
        if (!Complete) return;
        var columns = columnSums.Length;
        var prefix = _prefix;
        double running = 0;
        prefix[0] = 0;
        for (var c = 0; c < columns; c++) prefix[c + 1] = running += columnSums[c];
        var cells = IndexOfCell.AsSpan(row * columns, columns);
        var firstInner = Math.Min(radius, columns);
        var lastInner = columns - 1 - radius;
        for (var c = 0; c < columns; c++)
        {
            var lo = Math.Max(0, c - radius);
            var hi = Math.Min(columns - 1, c + radius);
            var w = blockRows * (hi - lo + 1);
            var table = _indexOfSum[w] ??= new int[64];
            if (c == firstInner && c <= lastInner)
            {
                // Clear of both side edges: every cell the same window size, so the same table.
                for (; c <= lastInner; c++)
                {
                    if (!Index(ref table, w, prefix[c + radius + 1] - prefix[c - radius], z[c], out cells[c])) return;
                }
                c = lastInner;
                continue;
            }
            if (!Index(ref table, w, prefix[hi + 1] - prefix[lo], z[c], out cells[c])) return;
        }
    }

    private bool Index(ref int[] table, int w, double sum, double z, out ushort index)
    {
        index = 0;
        if (!(sum >= 0 && sum <= int.MaxValue - 1) || sum != Math.Floor(sum)) return Complete = false;
        var s = (int)sum;
        if (s >= table.Length)
        {
            Array.Resize(ref table, (int)Math.Min(int.MaxValue, Math.Max(2L * table.Length, s + 1L)));
            _indexOfSum[w] = table;
        }
        ref var slot = ref table[s];
        if (slot == 0)
        {
            if (Count > ushort.MaxValue) return Complete = false;
            if (Count == _valueOf.Length)
            {
                Array.Resize(ref _valueOf, Count * 2);
                Array.Resize(ref _countOf, Count * 2);
            }
            _valueOf[Count] = z;
            slot = ++Count;
        }
        index = (ushort)(slot - 1);
        _countOf[index]++;
        return true;
    }
}
