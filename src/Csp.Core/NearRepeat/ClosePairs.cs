using System.Globalization;
using Csp.Core.Geometry;

namespace Csp.Core.NearRepeat;

/// <summary>
/// The pairs of incidents closer in space than the largest finite space break, found once: permuting dates never
/// changes a pair's spatial distance, so only these pairs need their time band recounted per permutation.
/// </summary>
/// <remarks>
/// Incidents are renumbered in spatial order (<see cref="Order"/>) so that the two ends of a close pair have nearby
/// numbers and the per-permutation loop reads the dates array with good cache locality. Pairs are grouped by row:
/// rows 0 .. FiniteCount-1 are the space bands with a finite upper bound, and the last row holds pairs closer than
/// the first break (in no band, but they must still be subtracted from column totals).
/// </remarks>
internal sealed class ClosePairs
{
    /// <summary>More pairs than this (800 MB of indices) means the space bands are far too wide for the data.</summary>
    internal const long MaxPairs = 100_000_000;

    private ClosePairs(int[] order, int[] first, int[] second, int[] rowStart)
    {
        Order = order;
        First = first;
        Second = second;
        RowStart = rowStart;
    }

    /// <summary>Order[k] is the caller's index of the incident numbered k here.</summary>
    public int[] Order { get; }

    public int[] First { get; }

    public int[] Second { get; }

    /// <summary>Pairs of row r are First/Second[RowStart[r] .. RowStart[r + 1]).</summary>
    public int[] RowStart { get; }

    public int RowCount => RowStart.Length - 1;

    public int RowLength(int row) => RowStart[row + 1] - RowStart[row];

    public static ClosePairs Find(ReadOnlySpan<double> x, ReadOnlySpan<double> y, DistanceBands bands, DistanceMetric metric, CancellationToken cancellationToken)
    {
        var n = x.Length;
        var rows = bands.FiniteCount + 1;
        var belowFirstRow = rows - 1;
        var reach = bands.LargestFiniteBreak;

        // Bucket incidents into horizontal strips one reach high, sorted by x within a strip: a close pair lies in one
        // strip or two adjacent ones, within reach in x. Strips are found by sorting, so an outlier costs nothing.
        var keys = new StripKey[n];
        var minY = double.PositiveInfinity;
        for (var i = 0; i < n; i++) minY = Math.Min(minY, y[i]);
        for (var i = 0; i < n; i++)
        {
            var strip = reach > 0 ? (long)Math.Floor((y[i] - minY) / reach) : i;
            keys[i] = new StripKey(strip, x[i], i);
        }
        Array.Sort(keys);

        var order = new int[n];
        var sx = new double[n];
        var sy = new double[n];
        for (var k = 0; k < n; k++)
        {
            order[k] = keys[k].Index;
            sx[k] = x[keys[k].Index];
            sy[k] = y[keys[k].Index];
        }

        var perRow = new List<ulong>[rows];
        for (var r = 0; r < rows; r++) perRow[r] = [];
        long total = 0;

        if (reach > 0)
        {
            var stripStart = 0;
            while (stripStart < n)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stripEnd = stripStart + 1;
                while (stripEnd < n && keys[stripEnd].Strip == keys[stripStart].Strip) stripEnd++;
                var nextEnd = stripEnd;
                var hasNext = stripEnd < n && keys[stripEnd].Strip == keys[stripStart].Strip + 1;
                if (hasNext)
                {
                    while (nextEnd < n && keys[nextEnd].Strip == keys[stripEnd].Strip) nextEnd++;
                }

                for (var a = stripStart; a < stripEnd; a++)
                {
                    var xa = sx[a];
                    for (var c = a + 1; c < stripEnd && sx[c] - xa < reach; c++) Consider(a, c);
                    if (hasNext)
                    {
                        for (var c = LowerBound(sx, stripEnd, nextEnd, xa - reach); c < nextEnd && sx[c] - xa < reach; c++) Consider(a, c);
                    }
                }
                if (total > MaxPairs)
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"More than {MaxPairs} pairs of the {n} incidents are closer than {reach} m: the largest finite space band is too wide for this many incidents."));
                stripStart = stripEnd;
            }
        }

        var rowStart = new int[rows + 1];
        for (var r = 0; r < rows; r++) rowStart[r + 1] = rowStart[r] + perRow[r].Count;
        var first = new int[rowStart[rows]];
        var second = new int[rowStart[rows]];
        for (var r = 0; r < rows; r++)
        {
            var at = rowStart[r];
            foreach (var packed in perRow[r])
            {
                first[at] = (int)(packed >> 32);
                second[at] = (int)(uint)packed;
                at++;
            }
        }
        return new ClosePairs(order, first, second, rowStart);

        void Consider(int a, int c)
        {
            var dx = Math.Abs(sx[c] - sx[a]);
            var dy = Math.Abs(sy[c] - sy[a]);
            if (dy >= reach) return;
            var d = metric == DistanceMetric.Manhattan ? dx + dy : Math.Sqrt(dx * dx + dy * dy);
            if (d >= reach) return;
            var band = bands.IndexOf(d);
            perRow[band < 0 ? belowFirstRow : band].Add(((ulong)(uint)a << 32) | (uint)c);
            total++;
        }
    }

    /// <summary>First index in [from, to) whose x is greater than <paramref name="value"/> (x is sorted there).</summary>
    private static int LowerBound(double[] xs, int from, int to, double value)
    {
        var lo = from;
        var hi = to;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (xs[mid] > value) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private readonly record struct StripKey(long Strip, double X, int Index) : IComparable<StripKey>
    {
        public int CompareTo(StripKey other)
        {
            var byStrip = Strip.CompareTo(other.Strip);
            if (byStrip != 0) return byStrip;
            var byX = X.CompareTo(other.X);
            return byX != 0 ? byX : Index.CompareTo(other.Index);
        }
    }
}
