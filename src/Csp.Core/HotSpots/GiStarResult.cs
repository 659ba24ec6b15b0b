using Csp.Core.Significance;

namespace Csp.Core.HotSpots;

/// <summary>Getis-Ord Gi* for each place (grid cell or area), in the order the values were given.</summary>
/// <remarks>
/// On a grid of counts the z-scores take few distinct values, and so do the p-values and classes that follow from
/// them, and so are the z-scores themselves when every window sum is a whole number: those are then held once per
/// distinct z with a 2-byte index per cell (<see cref="ByDistinctZ"/>) rather than 28 bytes per cell; the lists read the
/// same either way.
/// </remarks>
public sealed class GiStarResult
{
    private readonly IReadOnlyList<double> _z;
    private readonly IReadOnlyList<double> _p;
    private readonly double[]? _permutationP;
    private readonly IReadOnlyList<double> _adjustedP;
    private readonly IReadOnlyList<HotSpotClass> _classes;

    internal GiStarResult(IReadOnlyList<double> z, IReadOnlyList<double> p, double[]? permutationP, IReadOnlyList<double> adjustedP, IReadOnlyList<HotSpotClass> classes, PValueCorrection correction)
    {
        _z = z;
        _p = p;
        _permutationP = permutationP;
        _adjustedP = adjustedP;
        _classes = classes;
        Correction = correction;
    }

    public int Count => _z.Count;

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

    /// <summary>Values held once per distinct z-score, read through each cell's index into them.</summary>
    internal sealed class ByDistinctZ<T>(CellIndex indexOfCell, T[] valueOfIndex) : IReadOnlyList<T>
    {
        public T this[int index] => valueOfIndex[indexOfCell[index]];

        public int Count => indexOfCell.Count;

        public IEnumerator<T> GetEnumerator()
        {
            for (var k = 0; k < indexOfCell.Chunks.Length; k++)
            {
                foreach (var i in indexOfCell.Chunks[k]) yield return valueOfIndex[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
