using System.Numerics;
using System.Runtime.CompilerServices;
using Csp.Core.Geometry;
using Csp.Core.Significance;

namespace Csp.Core.HotSpots;

/// <summary>
/// Getis-Ord Gi* local hot spot statistic (Ord and Getis 1995), with the place itself among its neighbours.
/// </summary>
/// <remarks>
/// <para>For place i with weights w_ij (w_ii included), n places, mean x̄ and s² = Σ(x - x̄)² / n:
/// z_i = (Σ_j w_ij x_j - x̄ W_i) / sqrt(s² (n S1_i - W_i²) / (n - 1)), where W_i = Σ_j w_ij and S1_i = Σ_j w_ij².
/// This is spdep's <c>localG</c> for a neighbour list with <c>include.self</c>. When every value is the same (s² = 0),
/// or a place's neighbourhood is every place, nothing can stand out and z is 0.</para>
/// <para>On a grid the neighbourhood is the (2r + 1) x (2r + 1) block of cells centred on the cell, r =
/// <see cref="GiStarOptions.NeighbourhoodRadius"/> (1 by default: the 3 x 3 block, the queen neighbours plus the
/// cell, a binary distance band of one cell diagonal including self), cut off at the grid's edge, with every
/// cell of the grid counted as a place, empty or not.</para>
/// </remarks>
public static partial class GetisOrdGiStar
{
    public static GiStarResult OnGrid(GridCounts counts, GiStarOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return OnGrid(counts.Grid, counts.ToValues(), options, cancellationToken);
    }

    public static GiStarResult OnGrid(SquareGrid grid, ReadOnlySpan<double> values, GiStarOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grid);
        options ??= new GiStarOptions();
        if (options.Permutations == 0)
        {
            // The distinct z-scores found by each cell's window sum and size as the box sums are taken, the z-scores too
            // held as a 2-byte index a cell; failing that (fractional values), a z-score a cell, the distinct ones found
            // by their bits; failing that (too many), cell by cell.
            if (grid.Columns < 1 || grid.Rows < 1 || (long)grid.Columns * grid.Rows != values.Length)
                throw new ArgumentException($"A {grid.Columns} x {grid.Rows} grid needs {(long)grid.Columns * grid.Rows} values; got {values.Length}.", nameof(values));
            ArgumentOutOfRangeException.ThrowIfLessThan(options.NeighbourhoodRadius, 1);
            var index = new WindowSumIndex(grid.Columns, grid.Rows, options.NeighbourhoodRadius);
            if (DistinctZScoresOnGrid(grid.Columns, grid.Rows, values, options.NeighbourhoodRadius, index))
                return GiStarSignificance.FromDistinct(null, index.IndexOfCell, index.ValueOf, index.CountOf, options);
            var zs = GC.AllocateUninitializedArray<double>(values.Length);
            ZScoresOnGrid(grid.Columns, grid.Rows, values, options.NeighbourhoodRadius, zs);
            return GiStarSignificance.FromDistinctZScores(zs, options) ?? Finish(zs, null, options);
        }
        var z = ZScoresOnGrid(grid.Columns, grid.Rows, values, options.NeighbourhoodRadius);
        var weights = SpatialWeights.SquareWindows(grid.Columns, grid.Rows, options.NeighbourhoodRadius);
        return Finish(z, PermutationPValues(values, weights, options, cancellationToken), options);
    }

    public static GiStarResult OnAreas(ReadOnlySpan<double> values, SpatialWeights weights, GiStarOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != values.Length)
            throw new ArgumentException($"There are {values.Length} values but the weights cover {weights.Count} areas.", nameof(weights));
        options ??= new GiStarOptions();
        var n = values.Length;
        var (mean, variance) = MeanAndVariance(values);
        var z = new double[n];
        for (var i = 0; i < n; i++)
        {
            double lag = 0, w = 0, s1 = 0;
            for (var k = weights.RowStart[i]; k < weights.RowStart[i + 1]; k++)
            {
                var wij = weights.Weight[k];
                lag += wij * values[weights.Neighbour[k]];
                w += wij;
                s1 += wij * wij;
            }
            z[i] = Standardise(lag, w, s1, n, mean, variance);
        }
        var permutationP = options.Permutations > 0 ? PermutationPValues(values, weights, options, cancellationToken) : null;
        return Finish(z, permutationP, options);
    }

    private static double Standardise(double lag, double w, double s1, int n, double mean, double variance)
    {
        var v = variance * (n * s1 - w * w) / (n - 1);
        return v > 0 ? (lag - mean * w) / Math.Sqrt(v) : 0.0;
    }

    /// <summary>Mean and population variance Σ(x - x̄)² / n, in two passes as spdep computes them (four lanes at a time).</summary>
    private static (double Mean, double Variance) MeanAndVariance(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        if (n == 0) return (0, 0);
        var sum = Sum(values, 0, squares: false);
        // A NaN or infinity anywhere makes the sum non-finite (finite values too large to add up do as well).
        if (!double.IsFinite(sum)) throw new ArgumentException("Gi* needs a finite value for every place.", nameof(values));
        var mean = sum / n;
        return (mean, Sum(values, mean, squares: true) / n);
    }

    /// <summary>Σ x, or Σ (x - centre)² when <paramref name="squares"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Sum(ReadOnlySpan<double> values, double centre, bool squares)
    {
        var i = 0;
        double total = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= 4 * Vector<double>.Count)
        {
            // Four independent accumulators so that the additions do not wait on each other.
            var width = Vector<double>.Count;
            var c = new Vector<double>(centre);
            Vector<double> a0 = default, a1 = default, a2 = default, a3 = default;
            for (; i <= values.Length - 4 * width; i += 4 * width)
            {
                var x0 = new Vector<double>(values[i..]);
                var x1 = new Vector<double>(values[(i + width)..]);
                var x2 = new Vector<double>(values[(i + 2 * width)..]);
                var x3 = new Vector<double>(values[(i + 3 * width)..]);
                if (squares)
                {
                    x0 -= c; x1 -= c; x2 -= c; x3 -= c;
                    x0 *= x0; x1 *= x1; x2 *= x2; x3 *= x3;
                }
                a0 += x0; a1 += x1; a2 += x2; a3 += x3;
            }
            total = Vector.Sum((a0 + a1) + (a2 + a3));
        }
        for (; i < values.Length; i++) total += squares ? (values[i] - centre) * (values[i] - centre) : values[i];
        return total;
    }

    private static GiStarResult Finish(double[] z, double[]? permutationP, GiStarOptions options)
    {
        var p = new double[z.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        const int Chunk = 1 << 16;
        Parallel.For(0, (z.Length + Chunk - 1) / Chunk, parallel, chunk =>
        {
            var end = Math.Min(z.Length, (chunk + 1) * Chunk);
            for (var i = chunk * Chunk; i < end; i++) p[i] = StandardNormal.TwoSidedPValue(z[i]);
        });
        var adjusted = options.Correction == PValueCorrection.None && permutationP is null
            ? p
            : MultipleTesting.Adjust(permutationP ?? p, options.Correction);
        var classes = new HotSpotClass[z.Length];
        for (var i = 0; i < z.Length; i++) classes[i] = HotSpotClassExtensions.Classify(z[i], adjusted[i]);
        return new GiStarResult(z, p, permutationP, adjusted, classes, options.Correction);
    }

    /// <summary>
    /// Conditional permutation: each place keeps its own value and draws its neighbours' values at random, without
    /// replacement, from the other n - 1 places. The pseudo p-value is two-sided:
    /// (1 + draws whose local sum is at least as far from its expectation as the observed one) / (1 + draws).
    /// Each place has its own random stream from (seed, place), so results do not depend on the thread count.
    /// </summary>
    private static double[] PermutationPValues(ReadOnlySpan<double> valuesSpan, SpatialWeights weights, GiStarOptions options, CancellationToken cancellationToken)
    {
        var values = valuesSpan.ToArray();
        var n = values.Length;
        var mean = values.Average();
        var result = new double[n];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        Parallel.For(0, n, parallel, () => new List<int>(), (i, _, chosen) =>
        {
            double selfWeight = 0, w = 0, observed = 0;
            var others = new List<double>();
            for (var k = weights.RowStart[i]; k < weights.RowStart[i + 1]; k++)
            {
                var j = weights.Neighbour[k];
                var wij = weights.Weight[k];
                observed += wij * values[j];
                w += wij;
                if (j == i) selfWeight = wij;
                else others.Add(wij);
            }
            var expected = mean * w;
            var observedDeviation = Math.Abs(observed - expected);
            var tolerance = 1e-9 * (Math.Abs(observed) + Math.Abs(expected) + 1);
            var random = SeededRandom.ForStream(options.Seed, i);
            var atLeast = 0;
            var draws = Math.Min(others.Count, n - 1);
            for (var s = 0; s < options.Permutations; s++)
            {
                chosen.Clear();
                var sum = selfWeight * values[i];
                for (var d = 0; d < draws; d++)
                {
                    int j;
                    do
                    {
                        j = random.NextInt(n - 1);
                        if (j >= i) j++;
                    }
                    while (chosen.Contains(j));
                    chosen.Add(j);
                    sum += others[d] * values[j];
                }
                if (Math.Abs(sum - expected) >= observedDeviation - tolerance) atLeast++;
            }
            result[i] = (atLeast + 1.0) / (options.Permutations + 1.0);
            return chosen;
        }, _ => { });
        return result;
    }
}
