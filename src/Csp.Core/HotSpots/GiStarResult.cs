using Csp.Core.Significance;

namespace Csp.Core.HotSpots;

/// <summary>Getis-Ord Gi* for each place (grid cell or area), in the order the values were given.</summary>
public sealed class GiStarResult
{
    private readonly double[] _z;
    private readonly double[] _p;
    private readonly double[]? _permutationP;
    private readonly double[] _adjustedP;
    private readonly HotSpotClass[] _classes;

    internal GiStarResult(double[] z, double[] p, double[]? permutationP, double[] adjustedP, HotSpotClass[] classes, PValueCorrection correction)
    {
        _z = z;
        _p = p;
        _permutationP = permutationP;
        _adjustedP = adjustedP;
        _classes = classes;
        Correction = correction;
    }

    public int Count => _z.Length;

    /// <summary>Standardised Gi*: (local sum - expected) / standard deviation under randomisation; equals spdep <c>localG</c>.</summary>
    public IReadOnlyList<double> ZScores => _z;

    /// <summary>Two-sided p-values of the z-scores from the normal distribution, before any correction.</summary>
    public IReadOnlyList<double> PValues => _p;

    /// <summary>Two-sided conditional-permutation pseudo p-values, or null when no permutations were asked for.</summary>
    public IReadOnlyList<double>? PermutationPValues => _permutationP;

    /// <summary>The p-values that decide <see cref="Classes"/> (permutation ones when computed), after <see cref="Correction"/>.</summary>
    public IReadOnlyList<double> AdjustedPValues => _adjustedP;

    public IReadOnlyList<HotSpotClass> Classes => _classes;

    public PValueCorrection Correction { get; }

    /// <summary>"hot spot, 99% confidence", "cold spot, 95% confidence", "not significant", ...</summary>
    public string Label(int place) => _classes[place].Label();
}
