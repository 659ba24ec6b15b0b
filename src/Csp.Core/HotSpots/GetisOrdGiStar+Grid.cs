using System.Buffers;
using System.Numerics;

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
    /// <param name="index">When given, each cell's index to the distinct z-scores is found by its window sum and size as each row is standardised.</param>
    internal static void ZScoresOnGrid(int columns, int rows, ReadOnlySpan<double> values, int radius, Span<double> z, WindowSumIndex? index = null)
    {
        var n = values.Length;
        var (mean, variance) = MeanAndVariance(values);
        var rented = ArrayPool<double>.Shared.Rent(2 * columns + 1);
        try
        {
            var columnSums = rented.AsSpan(0, columns);
            var prefix = rented.AsSpan(columns, columns + 1);
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
                StandardiseRow(columnSums, prefix, z.Slice(r * columns, columns), radius, blockRows, n, mean, variance);
                index?.Row(columnSums, z.Slice(r * columns, columns), r, radius, blockRows);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>sums += entering - leaving, element by element; an empty span stands for a row outside the grid.</summary>
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
    private static double ReciprocalStandardDeviation(double w, int n, double variance)
    {
        var v = variance * (n * w - w * w) / (n - 1);
        return v > 0 ? 1.0 / Math.Sqrt(v) : 0.0;
    }

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
