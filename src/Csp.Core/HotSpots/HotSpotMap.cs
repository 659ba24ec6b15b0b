using Csp.Core.Significance;
using Csp.Core.Geometry;

namespace Csp.Core.HotSpots;

/// <summary>
/// Counts, change, kernel density and Getis-Ord Gi* for one area's grid: what <c>csp hotspots</c> writes as GeoJSON and
/// CSV, and what a map draws.
/// </summary>
public sealed record HotSpotMap(
    SquareGrid Grid,
    int Points,
    int PointsOutside,
    int BaselinePoints,
    KernelShape Kernel,
    double Bandwidth,
    PValueCorrection Correction,
    IReadOnlyList<HotSpotCell> Cells)
{
    /// <summary>Builds every analysis on the same grid from points in metres (British National Grid).</summary>
    public static HotSpotMap Build(SquareGrid grid, ReadOnlySpan<PlanarPoint> points, ReadOnlySpan<PlanarPoint> baseline, KernelDensityOptions density, GiStarOptions giStar)
    {
        var counts = GridCounts.Count(grid, points);
        var before = GridCounts.Count(grid, baseline);
        var change = GridCountChange.Between(before, counts);
        var kde = KernelDensity.Estimate(grid, points, density);
        var gi = GetisOrdGiStar.OnGrid(counts, giStar);
        var cells = new HotSpotCell[grid.CellCount];
        for (var i = 0; i < cells.Length; i++)
        {
            var centre = grid.Centre(i);
            cells[i] = new HotSpotCell(i % grid.Columns, i / grid.Columns, centre.X, centre.Y, counts.Counts[i], before.Counts[i], change[i].PercentChange,
                kde.PerSquareKilometre(i), gi.ZScores[i], gi.PValues[i], gi.AdjustedPValues[i], gi.Classes[i], gi.Label(i));
        }
        return new HotSpotMap(grid, counts.Inside, counts.Outside, before.Inside, kde.Kernel, kde.Bandwidth, gi.Correction, cells);
    }
}

/// <param name="X">Easting of the cell centre, metres (British National Grid).</param>
/// <param name="Y">Northing of the cell centre, metres.</param>
/// <param name="DensityPerSquareKm">Kernel density at the centre, incidents per km².</param>
/// <param name="Label">In plain words: "hot spot, 99% confidence", "not significant".</param>
public sealed record HotSpotCell(int Column, int Row, double X, double Y, int Count, int BaselineCount, double? PercentChange,
    double DensityPerSquareKm, double GiZ, double GiP, double GiPAdjusted, HotSpotClass Class, string Label);
