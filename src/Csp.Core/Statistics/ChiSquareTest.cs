namespace Csp.Core.Statistics;

/// <summary>A chi-square goodness-of-fit test's result.</summary>
/// <param name="Statistic">Sum over cells of (observed - expected)^2 / expected.</param>
/// <param name="DegreesOfFreedom">Cells - 1 (no parameters estimated from the sample).</param>
/// <param name="PValue">P(chi-square with that many degrees of freedom ≥ statistic).</param>
public sealed record ChiSquareTest(double Statistic, int DegreesOfFreedom, double PValue)
{
    /// <summary>The sample differs from the population at the 5% level.</summary>
    public bool Significant => PValue < 0.05;
}
