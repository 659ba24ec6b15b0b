using Csp.Core.Geometry;

namespace Csp.Core.HotSpots;

/// <summary>A kernel density surface: one value per grid cell, at the cell's centre.</summary>
public sealed class KernelDensityResult
{
    private readonly double[] _intensity;

    internal KernelDensityResult(SquareGrid grid, double[] intensity, KernelShape kernel, double bandwidth, int pointsUsed, int pointsOutside)
    {
        Grid = grid;
        _intensity = intensity;
        Kernel = kernel;
        Bandwidth = bandwidth;
        PointsUsed = pointsUsed;
        PointsOutside = pointsOutside;
    }

    public SquareGrid Grid { get; }

    /// <summary>Estimated points per square metre at each cell centre, row by row from the south-west.</summary>
    /// <remarks>Summed over cells and multiplied by the cell area it gives <see cref="PointsUsed"/>, less what the kernel spreads past the grid's edge.</remarks>
    public IReadOnlyList<double> Intensity => _intensity;

    public KernelShape Kernel { get; }

    /// <summary>The bandwidth used, in metres (quartic radius or Gaussian σ).</summary>
    public double Bandwidth { get; }

    public int PointsUsed { get; }

    /// <summary>Points outside the grid's area: not smoothed into it.</summary>
    public int PointsOutside { get; }

    /// <summary>Points per square kilometre at a cell: Intensity × 1,000,000.</summary>
    public double PerSquareKilometre(int cellIndex) => _intensity[cellIndex] * 1_000_000;
}
