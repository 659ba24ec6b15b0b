namespace Csp.Core.Statistics;

/// <summary>
/// Whether two counts of events differ by more than chance: the exact conditional test for two Poisson rates.
/// </summary>
/// <remarks>
/// Given x1 events over exposure t1 and x2 over t2, under equal rates x1 given n = x1 + x2 is Binomial(n, t1 / (t1 + t2))
/// (Przyborski and Wilenski 1940; the method of R's <c>poisson.test(c(x1, x2), c(t1, t2))</c>). The two-sided p-value adds the
/// probabilities of every outcome no more likely than the one observed, with R's relative tolerance of 1 + 1e-7, as
/// <c>binom.test</c> does. Exposure is months x population, so a change in population is allowed for.
/// </remarks>
internal static class PoissonRateComparison
{
    /// <summary>The conventional threshold: a change is called significant when p &lt; 0.05.</summary>
    public const double SignificanceLevel = 0.05;

    /// <returns>The two-sided p-value (1 when both counts are zero).</returns>
    public static double PValue(long x1, double t1, long x2, double t2)
    {
        if (x1 < 0 || x2 < 0) throw new ArgumentOutOfRangeException(nameof(x1), "Counts cannot be negative.");
        if (!(t1 > 0) || !(t2 > 0)) throw new ArgumentOutOfRangeException(nameof(t1), "Exposures must be positive.");
        var n = x1 + x2;
        if (n == 0) return 1.0;
        var p = t1 / (t1 + t2);
        var logP = Math.Log(p);
        var logQ = Math.Log(1 - p);
        double LogPmf(long k) => LogChoose(n, k) + k * logP + (n - k) * logQ;
        var observed = LogPmf(x1);
        var threshold = observed + Math.Log(1 + 1e-7);
        // The pmf falls away monotonically on both sides of its mode: walk outwards from the mode, adding every term no
        // more likely than the observed one, and stop a side once its terms are below e^-40 of the observed term.
        // Terms are scaled by the observed probability so that large counts do not underflow.
        // Successive terms follow from each other: ln P(k-1) = ln P(k) + ln k - ln(n-k+1) - ln p + ln q, which costs two
        // logarithms a step instead of three log-gamma evaluations.
        var mode = Math.Clamp((long)Math.Floor((n + 1) * p), 0, n);
        var sum = 0.0;
        var logRatio = logQ - logP;
        var lpMode = LogPmf(mode);
        var lp = lpMode;
        for (var k = mode; k >= 0; k--)
        {
            if (k < mode) lp += Math.Log(k + 1) - Math.Log(n - k) + logRatio;
            if (lp <= threshold) sum += Math.Exp(lp - observed);
            if (lp < observed - 40) break;
        }
        lp = lpMode;
        for (var k = mode + 1; k <= n; k++)
        {
            lp += Math.Log(n - k + 1) - Math.Log(k) - logRatio;
            if (lp <= threshold) sum += Math.Exp(lp - observed);
            if (lp < observed - 40) break;
        }
        return Math.Min(1.0, sum * Math.Exp(observed));
    }

    public static bool IsSignificant(long x1, double t1, long x2, double t2) => PValue(x1, t1, x2, t2) < SignificanceLevel;

    private static double LogChoose(long n, long k) => LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);

    /// <summary>ln(n!) exactly summed for small n, by Stirling's series (error below 1e-12) above.</summary>
    internal static double LogFactorial(long n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n));
        if (n < SmallFactorials.Length) return SmallFactorials[n];
        var x = (double)n + 1;
        // ln Gamma(x) by Stirling: (x - 1/2) ln x - x + ln(2 pi)/2 + 1/(12x) - 1/(360x^3) + 1/(1260x^5) - 1/(1680x^7)
        var x2 = x * x;
        return (x - 0.5) * Math.Log(x) - x + 0.91893853320467274178 + 1 / (12 * x) - 1 / (360 * x * x2) + 1 / (1260 * x * x2 * x2) - 1 / (1680 * x * x2 * x2 * x2);
    }

    private static readonly double[] SmallFactorials = BuildSmallFactorials(256);

    private static double[] BuildSmallFactorials(int count)
    {
        var table = new double[count];
        for (var i = 1; i < count; i++) table[i] = table[i - 1] + Math.Log(i);
        return table;
    }
}
