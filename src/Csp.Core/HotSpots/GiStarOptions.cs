using Csp.Core.Significance;

namespace Csp.Core.HotSpots;

/// <summary>Settings for <see cref="GetisOrdGiStar"/>.</summary>
public sealed record GiStarOptions
{
    /// <summary>
    /// Adjustment of the p-values that decide the class; false discovery rate by default, as ArcGIS's Optimized
    /// Hot Spot Analysis does, because a grid tests thousands of cells at once.
    /// </summary>
    public PValueCorrection Correction { get; init; } = PValueCorrection.FalseDiscoveryRate;

    /// <summary>
    /// On a grid, how many cells the neighbourhood reaches out from the cell in each direction: 1 (the default) is the
    /// 3 x 3 block, 2 the 5 x 5 block, and so on, cut off at the grid's edge. Ignored for areas, which bring their weights.
    /// </summary>
    public int NeighbourhoodRadius
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 1;

    /// <summary>
    /// Conditional permutations per place for pseudo p-values (0 = none, the default). When above 0 the classes
    /// use the permutation p-values instead of the normal approximation.
    /// </summary>
    public int Permutations { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>Threads for the permutations; null uses every processor.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
