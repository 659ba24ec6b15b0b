using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Csp.Core.HotSpots;

/// <summary>Gi* on a grid: square-window local sums as box sums, O(cells) whatever the window.</summary>
public static partial class GetisOrdGiStar
{
    /// <summary>Above this many columns in a window the sum across a row is taken from a running prefix instead of term by term.</summary>
    private const int DirectWindowColumns = 15;

    /// <summary>
    /// Gi* z-scores on a columns x rows grid of values (row by row from the south-west), with binary
    /// (2 <paramref name="radius"/> + 1)-square neighbourhoods including the cell, cut off at the grid's edge.
    /// </summary>
    public static double[] ZScoresOnGrid(int columns, int rows, ReadOnlySpan<double> values, int radius = 1)
    {
        if (columns < 1 || rows < 1 || (long)columns * rows != values.Length)
            throw new ArgumentException($"A {columns} x {rows} grid needs {(long)columns * rows} values; got {values.Length}.", nameof(values));
        ArgumentOutOfRangeException.ThrowIfLessThan(radius, 1);
        var z = GC.AllocateUninitializedArray<double>(values.Length);
        ZScoresOnGrid(columns, rows, values, radius, z);
        return z;
    }

    /// <summary>
    /// The same z-scores written into <paramref name="into"/> (values.Length long): a caller that asks again and again (a
    /// map redrawn, a benchmark) keeps one buffer instead of a new large array each time. A new array of a few MB is
    /// page-faulted in on first touch, which on Kent at 100 m (4.3 MB) costs about ten times the z-scores themselves
    /// (benchmarks/hotspots/README.md).
    /// </summary>
    public static void ZScoresOnGridInto(int columns, int rows, ReadOnlySpan<double> values, int radius, Span<double> into)
    {
        if (columns < 1 || rows < 1 || (long)columns * rows != values.Length)
            throw new ArgumentException($"A {columns} x {rows} grid needs {(long)columns * rows} values; got {values.Length}.", nameof(values));
        ArgumentOutOfRangeException.ThrowIfLessThan(radius, 1);
        if (into.Length != values.Length) throw new ArgumentException($"The z-scores need {values.Length} places; got {into.Length}.", nameof(into));
        ZScoresOnGrid(columns, rows, values, radius, into);
    }

    /// <summary>
    /// The local sums are the summed-area table's box sums taken one row at a time: a running sum down each column
    /// over the window's rows (the row entering added, the row leaving subtracted, four columns at a time), then
    /// across the row over the window's columns, standardised as soon as it is known. So the values are read twice
    /// (entering and leaving, the second time from cache when the window is small) and each z-score written once,
    /// with no table of (rows + 1) x (columns + 1) sums in memory. With whole-number counts every sum is exact, so the
    /// z-scores equal those of adding each neighbour directly; with fractional values they differ by rounding only.
    /// </summary>
    internal static void ZScoresOnGrid(int columns, int rows, ReadOnlySpan<double> values, int radius, Span<double> z) =>
        Sweep(columns, rows, values, radius, z, null);

    /// <summary>
    /// Each cell's index to the distinct z-scores, found by its window sum and size from the same box sums, without
    /// writing a z-score per cell: false when a window sum is not a whole number or there are too many distinct values.
    /// </summary>
    internal static bool DistinctZScoresOnGrid(int columns, int rows, ReadOnlySpan<double> values, int radius, WindowSumIndex index) =>
        Sweep(columns, rows, values, radius, default, index);

    /// <summary>The rows' column sums, then each row standardised into <paramref name="z"/> or, given an index, indexed.</summary>
    /// <remarks>
    /// This and the row kernels it calls are compiled fully optimised on first use (AggressiveOptimization): under tiered
    /// compilation they would run unoptimised, each Vector operation a call and 10-20x slower, until the runtime promotes
    /// them, 30 calls and at least 100 ms of quiet later; a map drawn once, or the first few, never got there
    /// (benchmarks/hotspots/README.md: Kent at 250 m, 2.2 ms against 0.18 ms).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Sweep(int columns, int rows, ReadOnlySpan<double> values, int radius, Span<double> z, WindowSumIndex? index)
    {
        var n = values.Length;
        var (mean, variance) = MeanAndVariance(values);
        index?.Begin(n, mean, variance);
        var rented = ArrayPool<double>.Shared.Rent(3 * columns + 1);
        try
        {
            var columnSums = rented.AsSpan(0, columns);
            var prefix = rented.AsSpan(columns, columns + 1);
            var windowSums = rented.AsSpan(2 * columns + 1, columns);
            columnSums.Clear();
            for (var r = 0; r <= Math.Min(radius, rows - 1); r++) AddRow(columnSums, values.Slice(r * columns, columns), default);
            for (var r = 0; r < rows; r++)
            {
                if (r > 0)
                {
                    var entering = r + radius;
                    var leaving = r - radius - 1;
                    AddRow(
                        columnSums,
                        entering < rows ? values.Slice(entering * columns, columns) : default,
                        leaving >= 0 ? values.Slice(leaving * columns, columns) : default);
                }
                var blockRows = Math.Min(rows - 1, r + radius) - Math.Max(0, r - radius) + 1;
                if (index is null)
                {
                    StandardiseRow(columnSums, prefix, z.Slice(r * columns, columns), radius, blockRows, n, mean, variance);
                }
                else
                {
                    WindowSums(columnSums, prefix, windowSums, radius);
                    if (!index.Row(windowSums, r, radius, blockRows)) return false;
                }
            }
            index?.End();
            return true;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// z for a window sum over <paramref name="w"/> cells: the arithmetic of <see cref="StandardiseRow"/> and
    /// <see cref="InnerCells"/>, so the same bits (but 0 where they may give -0, when nothing can stand out).
    /// </summary>
    internal static double ZScore(double sum, double w, int n, double mean, double variance)
    {
        var scale = ReciprocalStandardDeviation(w, n, variance);
        return scale == 0 ? 0.0 : (sum - mean * w) * scale;
    }

    /// <summary>Each cell's sum of the column sums over its window's columns, cut off at the side edges, added as <see cref="StandardiseRow"/> adds them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WindowSums(ReadOnlySpan<double> columnSums, Span<double> prefix, Span<double> sums, int radius)
    {
        var columns = columnSums.Length;
        var window = 2 * radius + 1;
        var direct = window <= DirectWindowColumns;
        if (!direct)
        {
            double running = 0;
            prefix[0] = 0;
            for (var c = 0; c < columns; c++) prefix[c + 1] = running += columnSums[c];
        }
        var firstInner = Math.Min(radius, columns);
        var lastInner = columns - 1 - radius;
        for (var c = 0; c < columns; c++)
        {
            if (c == firstInner && c <= lastInner)
            {
                var i = firstInner;
                var width = Vector<double>.Count;
                if (Vector.IsHardwareAccelerated)
                {
                    for (; i <= lastInner + 1 - width; i += width)
                    {
                        Vector<double> lag;
                        if (direct)
                        {
                            lag = new Vector<double>(columnSums[(i - radius)..]);
                            for (var k = -radius + 1; k <= radius; k++) lag += new Vector<double>(columnSums[(i + k)..]);
                        }
                        else
                        {
                            lag = new Vector<double>(prefix[(i + radius + 1)..]) - new Vector<double>(prefix[(i - radius)..]);
                        }
                        lag.CopyTo(sums[i..]);
                    }
                }
                for (; i <= lastInner; i++) sums[i] = Lag(columnSums, prefix, i - radius, i + radius, direct);
                c = lastInner;
                continue;
            }
            sums[c] = Lag(columnSums, prefix, Math.Max(0, c - radius), Math.Min(columns - 1, c + radius), direct);
        }

        static double Lag(ReadOnlySpan<double> columnSums, ReadOnlySpan<double> prefix, int lo, int hi, bool direct)
        {
            if (!direct) return prefix[hi + 1] - prefix[lo];
            double lag = 0;
            for (var k = lo; k <= hi; k++) lag += columnSums[k];
            return lag;
        }
    }

    /// <summary>sums += entering - leaving, element by element; an empty span stands for a row outside the grid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddRow(Span<double> sums, ReadOnlySpan<double> entering, ReadOnlySpan<double> leaving)
    {
        if (entering.IsEmpty && leaving.IsEmpty) return;
        var i = 0;
        var width = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= sums.Length - width; i += width)
            {
                var s = new Vector<double>(sums[i..]);
                if (!entering.IsEmpty) s += new Vector<double>(entering[i..]);
                if (!leaving.IsEmpty) s -= new Vector<double>(leaving[i..]);
                s.CopyTo(sums[i..]);
            }
        }
        for (; i < sums.Length; i++)
        {
            if (!entering.IsEmpty) sums[i] += entering[i];
            if (!leaving.IsEmpty) sums[i] -= leaving[i];
        }
    }

    /// <summary>
    /// z for one row from the column sums over the window's rows: the local sum is the window's columns of them.
    /// Cells at least <paramref name="radius"/> from both side edges share W = S1 = blockRows x (2 radius + 1), so their
    /// z is (sum - x̄ W) times one reciprocal standard deviation, four cells at a time; the 2 radius cells nearer an edge
    /// are standardised one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void StandardiseRow(ReadOnlySpan<double> columnSums, Span<double> prefix, Span<double> z, int radius, int blockRows, int n, double mean, double variance)
    {
        var columns = columnSums.Length;
        var window = 2 * radius + 1;
        var direct = window <= DirectWindowColumns;
        if (!direct)
        {
            // prefix[c] = Σ columnSums[0 .. c - 1]; the window's sum is a difference of two prefixes.
            double running = 0;
            prefix[0] = 0;
            for (var c = 0; c < columns; c++) prefix[c + 1] = running += columnSums[c];
        }
        var firstInner = Math.Min(radius, columns);
        var lastInner = columns - 1 - radius; // inclusive; below firstInner when no cell is clear of both edges
        for (var c = 0; c < columns; c++)
        {
            if (c == firstInner && c <= lastInner)
            {
                InnerCells(columnSums, prefix, z, radius, firstInner, lastInner, blockRows * window, n, mean, variance, direct);
                c = lastInner;
                continue;
            }
            var lo = Math.Max(0, c - radius);
            var hi = Math.Min(columns - 1, c + radius);
            double lag;
            if (direct)
            {
                lag = 0;
                for (var k = lo; k <= hi; k++) lag += columnSums[k];
            }
            else
            {
                lag = prefix[hi + 1] - prefix[lo];
            }
            double w = blockRows * (hi - lo + 1); // binary weights: W = S1 = cells in the block
            z[c] = (lag - mean * w) * ReciprocalStandardDeviation(w, n, variance);
        }
    }

    /// <summary>
    /// 1 / sqrt(s² (n S1 - W²) / (n - 1)) for binary weights (S1 = W), or 0 when nothing can stand out. Every cell uses
    /// this same arithmetic, so cells with the same local sum and block size get bit-identical z-scores (the distinct
    /// z-scores then stand for equal p-values, as they must for Benjamini-Hochberg's ties).
    /// </summary>
    internal static double ReciprocalStandardDeviation(double w, int n, double variance)
    {
        var v = variance * (n * w - w * w) / (n - 1);
        return v > 0 ? 1.0 / Math.Sqrt(v) : 0.0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void InnerCells(ReadOnlySpan<double> columnSums, ReadOnlySpan<double> prefix, Span<double> z, int radius, int first, int last, double w, int n, double mean, double variance, bool direct)
    {
        var scale = ReciprocalStandardDeviation(w, n, variance);
        if (scale == 0)
        {
            z[first..(last + 1)].Clear();
            return;
        }
        var expected = mean * w;
        var c = first;
        var width = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            var expectedV = new Vector<double>(expected);
            var scaleV = new Vector<double>(scale);
            for (; c <= last + 1 - width; c += width)
            {
                Vector<double> lag;
                if (direct)
                {
                    lag = new Vector<double>(columnSums[(c - radius)..]);
                    for (var k = -radius + 1; k <= radius; k++) lag += new Vector<double>(columnSums[(c + k)..]);
                }
                else
                {
                    lag = new Vector<double>(prefix[(c + radius + 1)..]) - new Vector<double>(prefix[(c - radius)..]);
                }
                ((lag - expectedV) * scaleV).CopyTo(z[c..]);
            }
        }
        for (; c <= last; c++)
        {
            double lag;
            if (direct)
            {
                lag = 0;
                for (var k = c - radius; k <= c + radius; k++) lag += columnSums[k];
            }
            else
            {
                lag = prefix[c + radius + 1] - prefix[c - radius];
            }
            z[c] = (lag - expected) * scale;
        }
    }
}
