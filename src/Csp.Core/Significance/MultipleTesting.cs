namespace Csp.Core.Significance;

/// <summary>Adjusted p-values for many simultaneous tests, equal to R's <c>p.adjust</c> with methods "BH" and "bonferroni".</summary>
internal static class MultipleTesting
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
        var (sorted, order) = SortWithOrder(pValues);
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            running = Math.Min(running, sorted[rank - 1] * m / rank);
            adjusted[order[rank - 1]] = running;
        }
        return adjusted;
    }

    /// <summary>Ascending sort keeping original positions; above 100,000 values the halves are sorted on two threads and merged.</summary>
    private static (double[] Sorted, int[] Order) SortWithOrder(ReadOnlySpan<double> values)
    {
        var m = values.Length;
        var keys = values.ToArray();
        var order = new int[m];
        for (var i = 0; i < m; i++) order[i] = i;
        if (m < 100_000 || Environment.ProcessorCount < 2)
        {
            Array.Sort(keys, order);
            return (keys, order);
        }
        var half = m / 2;
        Parallel.Invoke(
            () => Array.Sort(keys, order, 0, half),
            () => Array.Sort(keys, order, half, m - half));
        var sorted = new double[m];
        var merged = new int[m];
        int a = 0, b = half, k = 0;
        while (a < half && b < m)
        {
            // Ties take the left half first, so equal p-values stay in a fixed order.
            if (keys[b] < keys[a]) { sorted[k] = keys[b]; merged[k++] = order[b++]; }
            else { sorted[k] = keys[a]; merged[k++] = order[a++]; }
        }
        while (a < half) { sorted[k] = keys[a]; merged[k++] = order[a++]; }
        while (b < m) { sorted[k] = keys[b]; merged[k++] = order[b++]; }
        return (sorted, merged);
    }
}
