namespace Csp.Core.Statistics;

/// <summary>
/// Pearson's chi-square goodness-of-fit test of observed counts against expected proportions, as
/// scipy.stats.chisquare(observed, expected) with expected = proportions x the observed total.
/// </summary>
internal static class ChiSquareGoodnessOfFit
{
    /// <param name="observed">Counts per cell (may be weighted sums; the test assumes counts).</param>
    /// <param name="expectedShares">Each cell's share of the population; scaled to sum to 1.</param>
    public static ChiSquareTest Test(ReadOnlySpan<double> observed, ReadOnlySpan<double> expectedShares)
    {
        if (observed.Length != expectedShares.Length) throw new ArgumentException($"{observed.Length} observed cells but {expectedShares.Length} expected.", nameof(expectedShares));
        if (observed.Length < 2) throw new ArgumentException("A goodness-of-fit test needs at least two cells.", nameof(observed));
        var total = 0.0;
        var shareTotal = 0.0;
        for (var i = 0; i < observed.Length; i++)
        {
            if (observed[i] < 0) throw new ArgumentException("Observed counts cannot be negative.", nameof(observed));
            if (!(expectedShares[i] > 0)) throw new ArgumentException("Every cell's expected share must be positive (pool empty cells first).", nameof(expectedShares));
            total += observed[i];
            shareTotal += expectedShares[i];
        }
        var statistic = 0.0;
        for (var i = 0; i < observed.Length; i++)
        {
            var expected = total * expectedShares[i] / shareTotal;
            var difference = observed[i] - expected;
            statistic += expected > 0 ? difference * difference / expected : 0;
        }
        var df = observed.Length - 1;
        return new ChiSquareTest(statistic, df, IncompleteGamma.Upper(df / 2.0, statistic / 2));
    }
}
