using Csp.Core.Geometry;

namespace Csp.Core.NearRepeat;

/// <summary>Settings for <see cref="KnoxTest"/>.</summary>
/// <param name="SpatialBands">Space bands in metres, e.g. {0, 1, 101, 201, 301, 401, Inf}.</param>
/// <param name="TemporalBands">Time bands in days, e.g. {0, 8, 15, 22, 29, Inf}.</param>
public sealed record KnoxTestOptions(DistanceBands SpatialBands, DistanceBands TemporalBands)
{
    /// <summary>Manhattan by default, as in the NearRepeat R package and the Near Repeat Calculator.</summary>
    public DistanceMetric Metric { get; init; } = DistanceMetric.Manhattan;

    /// <summary>Monte Carlo permutations of the dates (at least 1); 999 gives p-values down to 0.001.</summary>
    public int Permutations { get; init; } = 999;

    /// <summary>Seed for the permutations: the same seed, data and options give the same result on any machine and core count.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Threads for the permutations; null uses every processor.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
