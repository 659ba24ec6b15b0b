namespace Csp.Core.Significance;

/// <summary>Adjusted p-values for many simultaneous tests, equal to R's <c>p.adjust</c> with methods "BH" and "bonferroni".</summary>
public static class MultipleTesting
{
    public static double[] Adjust(ReadOnlySpan<double> pValues, PValueCorrection correction) => correction switch
    {
        PValueCorrection.None => pValues.ToArray(),
        PValueCorrection.FalseDiscoveryRate => BenjaminiHochberg(pValues),
        PValueCorrection.Bonferroni => Bonferroni(pValues),
        _ => throw new ArgumentOutOfRangeException(nameof(correction), correction, "Unknown p-value correction."),
    };

    /// <summary>min(1, p × m) for m tests.</summary>
    public static double[] Bonferroni(ReadOnlySpan<double> pValues)
    {
        var m = pValues.Length;
        var adjusted = new double[m];
        for (var i = 0; i < m; i++) adjusted[i] = Math.Min(1.0, pValues[i] * m);
        return adjusted;
    }

    /// <summary>
    /// Benjamini-Hochberg step-up: the p-value of rank k (1 = smallest) of m becomes min over ranks j ≥ k of p(j) × m / j,
    /// capped at 1. A test is significant at false discovery rate q when its adjusted p-value is at most q.
    /// </summary>
    public static double[] BenjaminiHochberg(ReadOnlySpan<double> pValues)
    {
        var m = pValues.Length;
        var adjusted = new double[m];
        if (m == 0) return adjusted;
        var sorted = pValues.ToArray();
        var order = new int[m];
        for (var i = 0; i < m; i++) order[i] = i;
        Array.Sort(sorted, order);
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            running = Math.Min(running, sorted[rank - 1] * m / rank);
            adjusted[order[rank - 1]] = running;
        }
        return adjusted;
    }
}
