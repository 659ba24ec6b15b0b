using Csp.Core.HotSpots;
using Csp.Core.Significance;

namespace Csp.Core.Tests.HotSpots;

/// <summary>
/// The grid Gi* as it was before the box-sum kernel (commit 0a1266d), kept as the reference the new one must equal:
/// local sums by adding each neighbour directly (here for any square window, the old code's 3 x 3 block generalised),
/// two-pass mean and variance, a p-value per cell and the full sort behind Benjamini-Hochberg.
/// </summary>
internal static class GiStarReference
{
    public static double[] ZScores(int columns, int rows, double[] values, int radius)
    {
        var n = values.Length;
        var mean = values.Sum() / n;
        var variance = values.Sum(v => (v - mean) * (v - mean)) / n;
        var z = new double[n];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                double lag = 0, w = 0;
                for (var rr = Math.Max(0, r - radius); rr <= Math.Min(rows - 1, r + radius); rr++)
                {
                    for (var cc = Math.Max(0, c - radius); cc <= Math.Min(columns - 1, c + radius); cc++)
                    {
                        lag += values[rr * columns + cc];
                        w++;
                    }
                }
                var v = variance * (n * w - w * w) / (n - 1);
                z[r * columns + c] = v > 0 ? (lag - mean * w) / Math.Sqrt(v) : 0.0;
            }
        }
        return z;
    }

    /// <summary>The old 3 x 3 kernel verbatim: sums across each row, then down each column.</summary>
    public static double[] ThreeByThree(int columns, int rows, double[] values)
    {
        var n = values.Length;
        var mean = values.Sum() / n;
        var variance = values.Sum(v => (v - mean) * (v - mean)) / n;
        var across = new double[n];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var sum = values[r * columns + c];
                if (c > 0) sum += values[r * columns + c - 1];
                if (c < columns - 1) sum += values[r * columns + c + 1];
                across[r * columns + c] = sum;
            }
        }
        var z = new double[n];
        for (var r = 0; r < rows; r++)
        {
            var blockRows = 1 + (r > 0 ? 1 : 0) + (r < rows - 1 ? 1 : 0);
            for (var c = 0; c < columns; c++)
            {
                var lag = across[r * columns + c];
                if (r > 0) lag += across[(r - 1) * columns + c];
                if (r < rows - 1) lag += across[(r + 1) * columns + c];
                double w = blockRows * (1 + (c > 0 ? 1 : 0) + (c < columns - 1 ? 1 : 0));
                var v = variance * (n * w - w * w) / (n - 1);
                z[r * columns + c] = v > 0 ? (lag - mean * w) / Math.Sqrt(v) : 0.0;
            }
        }
        return z;
    }

    public static (double[] P, double[] Adjusted, HotSpotClass[] Classes) Significance(double[] z, PValueCorrection correction)
    {
        var p = z.Select(StandardNormal.TwoSidedPValue).ToArray();
        var adjusted = MultipleTesting.Adjust(p, correction);
        var classes = z.Select((zi, i) => HotSpotClassExtensions.Classify(zi, adjusted[i])).ToArray();
        return (p, adjusted, classes);
    }
}
