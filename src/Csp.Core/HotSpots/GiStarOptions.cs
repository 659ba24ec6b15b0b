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
    /// Conditional permutations per place for pseudo p-values (0 = none, the default). When above 0 the classes
    /// use the permutation p-values instead of the normal approximation.
    /// </summary>
    public int Permutations { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>Threads for the permutations; null uses every processor.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
