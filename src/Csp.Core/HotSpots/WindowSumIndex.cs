using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Csp.Core.HotSpots;

/// <summary>
/// Each grid cell's index to the distinct z-scores, found by the cell's window sum and window size as the box sums are
/// taken (<see cref="GetisOrdGiStar"/>): a cell's z depends only on those two, and with whole-number counts both are
/// small whole numbers, so the index is two array reads (a table of window sums per window size) where the z-score's
/// bits would otherwise be hashed, and the z-score itself is worked out once per distinct pair, not once per cell. The
/// distinct values are numbered as first met, each with its z and how many cells hold it; two keys may give the same z
/// (every z is 0 when all values are equal), which the p-value correction treats as ties by value, as it does a z and
/// its negative.
/// </summary>
internal sealed class WindowSumIndex
{
    private readonly int[]?[] _indexOfSum; // by window size: one more than the distinct index of each window sum, 0 for none yet
    private readonly ushort[] _rowCells;
    private double[] _valueOf = new double[1024];
    private int[] _countOf = new int[1024];
    private int _n;
    private double _mean, _variance;

    // The cell before: its window sum and size, its index, and how many cells in a row (across rows too) shared them,
    // not yet added to _countOf. Empty country is long runs of one window sum and size, which skip the table.
    private double _lastSum;
    private int _lastSize = -1;
    private ushort _lastIndex;
    private int _run;

    public WindowSumIndex(int columns, int rows, int radius)
    {
        var window = 2 * radius + 1;
        _indexOfSum = new int[]?[window * window + 1];
        _rowCells = new ushort[columns];
        IndexOfCell = new CellIndex(columns * rows);
    }

    /// <summary>False once a window sum is not a whole number in int range (fractional values) or there are more distinct
    /// values than a 2-byte index reaches: the caller then finds the distinct z-scores by their bits instead.</summary>
    public bool Complete { get; private set; } = true;

    public CellIndex IndexOfCell { get; }

    public int Count { get; private set; }

    /// <summary>The distinct z-scores by index.</summary>
    public double[] ValueOf => _valueOf.AsSpan(0, Count).ToArray();

    /// <summary>Cells holding each distinct z-score, by index (after <see cref="End"/>).</summary>
    public int[] CountOf => _countOf.AsSpan(0, Count).ToArray();

    /// <summary>The grid's place count, mean and population variance, which standardise each distinct window sum.</summary>
    public void Begin(int n, double mean, double variance) => (_n, _mean, _variance) = (n, mean, variance);

    /// <summary>
    /// One row's cells from their window sums (over the window's rows and columns, cut off at the grid's edges; the
    /// row's <paramref name="blockRows"/> of them): false, and the index incomplete, at the first sum it cannot key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Row(ReadOnlySpan<double> windowSums, int row, int radius, int blockRows)
    {
        if (!Complete) return false;
        var columns = windowSums.Length;
        var cells = _rowCells.AsSpan(0, columns);
        var firstInner = Math.Min(radius, columns);
        var lastInner = columns - 1 - radius; // inclusive; below firstInner when no cell is clear of both edges
        var c = 0;
        for (; c < firstInner; c++)
        {
            if (!Cell(windowSums[c], SizeAt(c), out cells[c])) return false;
        }
        if (c <= lastInner)
        {
            // Clear of both side edges: one window size. The run's state in locals, not fields, so that a cell like the
            // one before (most of them) is a compare and a store.
            var size = blockRows * (2 * radius + 1);
            var lastSum = _lastSum;
            var lastIndex = _lastIndex;
            var run = _run;
            if (_lastSize != size)
            {
                if (!Cell(windowSums[c], size, out cells[c])) return false;
                (lastSum, lastIndex, run) = (_lastSum, _lastIndex, _run);
                c++;
            }
            while (c <= lastInner)
            {
                c = InnerRun(windowSums, cells, c, lastInner + 1, _indexOfSum[size], _countOf, ref lastSum, ref lastIndex, ref run);
                if (c > lastInner) break;
                // A window sum met for the first time at this size, or not a whole number.
                (_lastSum, _lastIndex, _run) = (lastSum, lastIndex, run);
                if (!Cell(windowSums[c], size, out cells[c])) return false;
                (lastSum, lastIndex, run) = (_lastSum, _lastIndex, _run);
                c++;
            }
            (_lastSum, _lastIndex, _run) = (lastSum, lastIndex, run);
        }
        for (; c < columns; c++)
        {
            if (!Cell(windowSums[c], SizeAt(c), out cells[c])) return false;
        }
        IndexOfCell.Set(row * columns, cells);
        return true;

        int SizeAt(int c) => blockRows * (Math.Min(columns - 1, c + radius) - Math.Max(0, c - radius) + 1); // binary weights: W = cells in the block
    }

    /// <summary>
    /// Cells from <paramref name="c"/> up to <paramref name="end"/> (exclusive), all of one window size whose table of
    /// window sums is <paramref name="table"/>, four at a time: four cells with the window sum of the one before (most
    /// cells, empty country) lengthen its run, counted when the run ends; other cells are looked up one by one and counted
    /// at once, with no branch on whether they differ from the cell before (in busy country, which is most of the time
    /// they do, that branch is a guess). Returns where it stopped: <paramref name="end"/>, or a cell whose sum the table
    /// does not yet hold, with the cell before it as the last.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int InnerRun(ReadOnlySpan<double> sums, Span<ushort> cells, int c, int end, int[]? table, int[] countOf, ref double lastSum, ref ushort lastIndex, ref int run)
    {
        if (table is null) return c;
        var ls = lastSum;
        int li = lastIndex;
        var rn = run;
        ref var sum0 = ref MemoryMarshal.GetReference(sums);
        ref var cell0 = ref MemoryMarshal.GetReference(cells);
        var ends = end <= sums.Length && end <= cells.Length ? end : throw new ArgumentOutOfRangeException(nameof(end));
        while (c < ends)
        {
            var block = Math.Min(4, ends - c);
            if (block == 4 && Vector256.IsHardwareAccelerated
                && Vector256.EqualsAll(Vector256.LoadUnsafe(ref sum0, (nuint)c), Vector256.Create(ls)))
            {
                Unsafe.WriteUnaligned(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref cell0, c)), (uint)li * 0x0001_0001_0001_0001UL);
                rn += 4;
                c += 4;
                continue;
            }
            countOf[li] += rn;
            rn = 0;
            for (var k = 0; k < block; k++, c++)
            {
                var sum = Unsafe.Add(ref sum0, c);
                var s = (int)sum;
                int slot;
                if ((uint)s >= (uint)table.Length || s != sum || (slot = table[s]) == 0)
                {
                    (lastSum, lastIndex, run) = (ls, (ushort)li, 0);
                    return c;
                }
                li = slot - 1;
                ls = sum;
                countOf[li]++;
                Unsafe.Add(ref cell0, c) = (ushort)li;
            }
        }
        (lastSum, lastIndex, run) = (ls, (ushort)li, rn);
        return c;
    }

    /// <summary>One cell's index: the run's when its window sum and size are the cell before's, else found or numbered next.</summary>
    private bool Cell(double sum, int size, out ushort index)
    {
        if (sum == _lastSum && size == _lastSize)
        {
            _run++;
            index = _lastIndex;
            return true;
        }
        var started = Start(sum, size);
        index = _lastIndex;
        return started;
    }

    /// <summary>Adds the last run of cells to its count; call once after the last row.</summary>
    public void End()
    {
        if (_run > 0) _countOf[_lastIndex] += _run;
        _run = 0;
    }

    /// <summary>A run of cells with this window sum and size starts: its index found or numbered next.</summary>
    private bool Start(double sum, int size)
    {
        End();
        if (!(sum >= 0 && sum <= int.MaxValue - 1) || sum != Math.Floor(sum)) return Complete = false;
        var s = (int)sum;
        var table = _indexOfSum[size] ??= new int[Math.Max(64, s + 1)];
        if (s >= table.Length)
        {
            Array.Resize(ref table, (int)Math.Min(int.MaxValue, Math.Max(2L * table.Length, s + 1L)));
            _indexOfSum[size] = table;
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
            _valueOf[Count] = GetisOrdGiStar.ZScore(sum, size, _n, _mean, _variance);
            slot = ++Count;
        }
        _lastSum = sum;
        _lastSize = size;
        _lastIndex = (ushort)(slot - 1);
        _run = 1;
        return true;
    }
}
