using System.Globalization;
using Csp.Core.Significance;

namespace Csp.Core.NearRepeat;

/// <summary>
/// The Knox test for space-time clustering (near repeats), with a Monte Carlo permutation of dates for the
/// expected counts: the method of the NearRepeat R package (wsteenbeek/NearRepeat) and Ratcliffe's Near Repeat Calculator.
/// </summary>
/// <remarks>
/// <para>Every unordered pair of incidents is counted once, in the cell of its space band and time band. A pair on the
/// same day is 0 days apart and falls in the time band starting at 0: the test needs no "first" incident of a pair,
/// so same-day pairs are neither lost nor double counted (the trap behind Esri crime-analysis-toolbox issue 56, whose
/// originator / near-repeat classification could not order them).</para>
/// <para>Bands are half-open [from, to) in metres and days, and every cell carries the bounds it actually counted.
/// Ratcliffe's Near Repeat Calculator 1.3 does not: a band it labels "a to b" holds [a - 1, b), so its "0 to 1" days
/// column is the same day only, "2 to 2" is 1 day apart, "More than 3" is 3 days or more; "1 to 200" metres is
/// (0, 200) and "Same location" is exactly 0 m. It also computes distances in single precision. To reproduce its
/// table here, use breaks {0, 0.001, 200, 400, ...} m and {0, 1, 2, 3, Inf} days and round coordinates to float
/// (KnoxTestTests shows this on its own output for the Chicago arsons).</para>
/// <para>Expected counts permute the dates among the incidents, keeping the places. Permuting dates never changes a
/// pair's spatial distance and never changes the multiset of all pairwise time distances, so: the pairs closer than
/// the largest finite space break are found once; each permutation recounts only their time bands; open-ended bands
/// are filled as totals minus finite bands (column totals over all pairs are the same in every permutation).</para>
/// </remarks>
public static class KnoxTest
{
    public static KnoxTestResult Run(IReadOnlyList<NearRepeatEvent> events, KnoxTestOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Permutations < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.Permutations, "At least one permutation is needed for expected counts.");

        var n = events.Count;
        var x = new double[n];
        var y = new double[n];
        var days = new int[n];
        for (var i = 0; i < n; i++)
        {
            var e = events[i];
            if (!double.IsFinite(e.X) || !double.IsFinite(e.Y))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Incident {i} has no usable coordinates ({e.X}, {e.Y})."), nameof(events));
            x[i] = e.X;
            y[i] = e.Y;
            days[i] = e.Date.DayNumber;
        }

        var pairs = ClosePairs.Find(x, y, options.SpatialBands, options.Metric, cancellationToken);
        var counter = new TableCounter(options, pairs, days);

        var spatialDays = new int[n];
        for (var k = 0; k < n; k++) spatialDays[k] = days[pairs.Order[k]];

        var cells = options.SpatialBands.Count * options.TemporalBands.Count;
        var observed = new long[cells];
        counter.Count(spatialDays, new int[counter.HistogramLength], observed);

        var sum = new long[cells];
        var atLeast = new long[cells];
        var gate = new object();
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        Parallel.For(
            0,
            options.Permutations,
            parallel,
            () => new Worker(n, counter.HistogramLength, cells),
            (permutation, _, w) =>
            {
                spatialDays.CopyTo(w.Days, 0);
                var random = SeededRandom.ForStream(options.Seed, permutation);
                random.Shuffle(w.Days);
                counter.Count(w.Days, w.Histogram, w.Table);
                for (var c = 0; c < cells; c++)
                {
                    w.Sum[c] += w.Table[c];
                    if (w.Table[c] >= observed[c]) w.AtLeast[c]++;
                }
                return w;
            },
            w =>
            {
                lock (gate)
                {
                    for (var c = 0; c < cells; c++)
                    {
                        sum[c] += w.Sum[c];
                        atLeast[c] += w.AtLeast[c];
                    }
                }
            });

        var spatial = options.SpatialBands;
        var temporal = options.TemporalBands;
        var result = new KnoxCell[cells];
        for (var s = 0; s < spatial.Count; s++)
        {
            for (var t = 0; t < temporal.Count; t++)
            {
                var c = s * temporal.Count + t;
                var expected = (double)sum[c] / options.Permutations;
                result[c] = new KnoxCell(
                    spatial.From(s), spatial.To(s), temporal.From(t), temporal.To(t),
                    observed[c],
                    expected,
                    expected > 0 ? observed[c] / expected : null,
                    (atLeast[c] + 1.0) / (options.Permutations + 1.0));
            }
        }
        return new KnoxTestResult(options, n, result);
    }

    private sealed class Worker(int events, int histogramLength, int cells)
    {
        public int[] Days { get; } = new int[events];

        public int[] Histogram { get; } = new int[histogramLength];

        public long[] Table { get; } = new long[cells];

        public long[] Sum { get; } = new long[cells];

        public long[] AtLeast { get; } = new long[cells];
    }
}
