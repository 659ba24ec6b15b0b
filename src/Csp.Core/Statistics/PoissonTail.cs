namespace Csp.Core.Statistics;

/// <summary>Tail probabilities of the Poisson distribution: how surprising a count is against the count expected.</summary>
internal static class PoissonTail
{
    /// <summary>P(X ≥ k) for X ~ Poisson(<paramref name="mean"/>): the one-sided p-value of observing k or more.</summary>
    /// <remarks>
    /// Above the mean the terms from k upwards are summed directly (they fall away geometrically), so tiny tails keep
    /// their precision; at or below the mean it is 1 minus the terms below k.
    /// </remarks>
    public static double AtLeast(long k, double mean)
    {
        if (mean < 0 || double.IsNaN(mean)) throw new ArgumentOutOfRangeException(nameof(mean), mean, "The expected count must be 0 or more.");
        if (k <= 0) return 1.0;
        if (mean == 0) return 0.0;
        if (k > mean)
        {
            var term = Math.Exp(-mean + k * Math.Log(mean) - PoissonRateComparison.LogFactorial(k));
            var sum = 0.0;
            for (var j = k; term > sum * 1e-17 && term > 0; j++)
            {
                sum += term;
                term *= mean / (j + 1);
            }
            return Math.Min(1.0, sum);
        }
        // Each term from logs, so that e^-mean cannot underflow to 0 for a large mean.
        var below = 0.0;
        var logMean = Math.Log(mean);
        for (var j = 0L; j < k; j++) below += Math.Exp(-mean + j * logMean - PoissonRateComparison.LogFactorial(j));
        return Math.Clamp(1.0 - below, 0.0, 1.0);
    }

    /// <summary>
    /// The smallest count k ≥ <paramref name="minimum"/> with P(X ≥ k) below <paramref name="alpha"/>: the count at which a
    /// place is flagged. Its tail, <see cref="AtLeast"/>(k, mean), is the chance of a false alarm when nothing has changed.
    /// </summary>
    public static long Threshold(double mean, double alpha, long minimum = 1)
    {
        var k = Math.Max(1, minimum);
        // Start near the mean: no count at or below it can be rare in the upper tail.
        k = Math.Max(k, (long)Math.Floor(mean));
        while (AtLeast(k, mean) >= alpha) k++;
        return k;
    }
}
