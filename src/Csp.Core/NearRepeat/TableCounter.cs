using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Csp.Core.NearRepeat;

/// <summary>Fills a Knox table for one assignment of dates to incidents, counting only the spatially close pairs.</summary>
/// <remarks>
/// Time distances are whole days, so a lookup table maps each day gap below the largest finite time break to its
/// column (or to a "below the first break" slot). Gaps at or beyond that break need no lookup: they are the
/// open-ended column, found as row total minus the finite columns.
/// </remarks>
internal sealed class TableCounter
{
    private readonly ClosePairs _pairs;
    private readonly int _spaceBands;
    private readonly int _timeBands;
    private readonly int _finiteSpaceRows;
    private readonly int _finiteTimeColumns;
    private readonly bool _spaceOpen;
    private readonly byte[] _columnOfGap;
    private readonly long[] _columnTotals;

    public TableCounter(KnoxTestOptions options, ClosePairs pairs, int[] days)
    {
        _pairs = pairs;
        var spatial = options.SpatialBands;
        var temporal = options.TemporalBands;
        if (temporal.FiniteCount > 254)
            throw new ArgumentException("At most 254 finite time bands are supported.", nameof(options));
        _spaceBands = spatial.Count;
        _timeBands = temporal.Count;
        _finiteSpaceRows = spatial.FiniteCount;
        _finiteTimeColumns = temporal.FiniteCount;
        _spaceOpen = spatial.IsOpenEnded;

        var sorted = (int[])days.Clone();
        Array.Sort(sorted);
        var span = sorted.Length == 0 ? 0L : (long)sorted[^1] - sorted[0];
        var gaps = (int)Math.Max(0, Math.Min(Math.Ceiling(temporal.LargestFiniteBreak), span + 1));
        _columnOfGap = new byte[gaps];
        for (var gap = 0; gap < gaps; gap++)
        {
            var band = temporal.IndexOf(gap);
            _columnOfGap[gap] = (byte)(band < 0 ? _finiteTimeColumns : band);
        }
        _columnTotals = ColumnTotals(sorted, temporal);
    }

    /// <summary>Slots per row: the finite columns, then "below the first time break".</summary>
    public int HistogramLength => _pairs.RowCount * (_finiteTimeColumns + 1);

    /// <param name="days">Day number of each incident in the spatial numbering of <see cref="ClosePairs.Order"/>.</param>
    /// <param name="histogram">Scratch space of <see cref="HistogramLength"/> counts.</param>
    /// <param name="table">Receives the counts, space band by time band, row by row.</param>
    public void Count(int[] days, int[] histogram, long[] table)
    {
        Array.Clear(histogram);
        var stride = _finiteTimeColumns + 1;
        var first = _pairs.First;
        var second = _pairs.Second;
        var lookup = _columnOfGap;
        var gaps = (uint)lookup.Length;
        for (var row = 0; row < _pairs.RowCount; row++)
        {
            var h = histogram.AsSpan(row * stride, stride);
            var p = _pairs.RowStart[row];
            var end = _pairs.RowStart[row + 1];
            if (Avx2.IsSupported) p = CountEightAtATime(days, first, second, p, end, lookup, h);
            for (; p < end; p++)
            {
                var gap = days[first[p]] - days[second[p]];
                if (gap < 0) gap = -gap;
                if ((uint)gap < gaps) h[lookup[gap]]++;
            }
        }

        Array.Clear(table);
        Span<long> closeByColumn = stackalloc long[_timeBands];
        closeByColumn.Clear();
        for (var row = 0; row < _pairs.RowCount; row++)
        {
            var h = histogram.AsSpan(row * stride, stride);
            long finite = 0;
            for (var t = 0; t < stride; t++) finite += h[t];
            var isBand = row < _finiteSpaceRows;
            for (var t = 0; t < _timeBands; t++)
            {
                // The open-ended column: every pair of the row not in a finite column nor below the first break.
                long count = t < _finiteTimeColumns ? h[t] : _pairs.RowLength(row) - finite;
                closeByColumn[t] += count;
                if (isBand) table[row * _timeBands + t] = count;
            }
        }

        if (_spaceOpen)
        {
            // The open-ended space band: all pairs of a column minus the close ones.
            var farRow = (_spaceBands - 1) * _timeBands;
            for (var t = 0; t < _timeBands; t++) table[farRow + t] = _columnTotals[t] - closeByColumn[t];
        }
    }

    /// <summary>
    /// The pair loop eight pairs at a time: gather both dates, take the gaps, and touch the histogram only for the few
    /// gaps below the largest finite time break (most pairs are further apart in time). About 2.5x the scalar loop,
    /// which is bound by the latency of the two dependent loads per pair. Returns where the scalar loop must resume.
    /// </summary>
    private static unsafe int CountEightAtATime(int[] days, int[] first, int[] second, int start, int end, byte[] lookup, Span<int> histogram)
    {
        if (lookup.Length == 0) return end;
        var limit = Vector256.Create(lookup.Length);
        var p = start;
        var gaps = stackalloc int[8];
        fixed (int* d = days, f = first, s = second)
        fixed (byte* l = lookup)
        fixed (int* h = histogram)
        {
            for (; p + 8 <= end; p += 8)
            {
                var a = Avx2.GatherVector256(d, Avx.LoadVector256(f + p), 4);
                var b = Avx2.GatherVector256(d, Avx.LoadVector256(s + p), 4);
                var gap = Avx2.Abs(Avx2.Subtract(a, b)).AsInt32();
                var near = (uint)Avx.MoveMask(Avx2.CompareGreaterThan(limit, gap).AsSingle());
                if (near == 0) continue;
                Avx.Store(gaps, gap);
                do
                {
                    h[l[gaps[BitOperations.TrailingZeroCount(near)]]]++;
                    near &= near - 1;
                }
                while (near != 0);
            }
        }
        return p;
    }

    /// <summary>Pairs of all incidents in each time band; the same for every permutation of the dates.</summary>
    private static long[] ColumnTotals(int[] sortedDays, DistanceBands temporal)
    {
        var n = sortedDays.Length;
        var closerThan = new long[temporal.Breaks.Length];
        for (var b = 0; b < temporal.Breaks.Length; b++)
        {
            var limit = temporal.Breaks[b];
            if (double.IsPositiveInfinity(limit))
            {
                closerThan[b] = (long)n * (n - 1) / 2;
                continue;
            }
            long count = 0;
            var j = 0;
            for (var i = 0; i < n; i++)
            {
                if (j < i + 1) j = i + 1;
                while (j < n && sortedDays[j] - sortedDays[i] < limit) j++;
                count += j - i - 1;
            }
            closerThan[b] = count;
        }
        var totals = new long[temporal.Count];
        for (var t = 0; t < temporal.Count; t++) totals[t] = closerThan[t + 1] - closerThan[t];
        return totals;
    }
}
