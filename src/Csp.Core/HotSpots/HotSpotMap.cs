using Csp.Core.Significance;
using Csp.Core.Geometry;

namespace Csp.Core.HotSpots;

/// <summary>
/// Counts, change, kernel density and Getis-Ord Gi* for one area's grid: what <c>csp hotspots</c> writes as GeoJSON and
/// CSV, and what a map draws.
/// </summary>
/// <param name="BandwidthChoice">How the bandwidth was chosen, in words: "given", or the tasking rule with its figures.</param>
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
    public string BandwidthChoice { get; init; } = "given";

    /// <summary>
    /// Builds every analysis on the same grid from points in metres (British National Grid). Without a bandwidth the
    /// kernel takes <see cref="BandwidthRule.NearestNeighbour"/> (the tasking default), not Scott's rule.
    /// </summary>
    /// <param name="places">Where each point was, in the order of <paramref name="points"/>: each hot spot is named by the
    /// place of the incident nearest its centre (the first given, of several as near). Null names none.</param>
    public static HotSpotMap Build(SquareGrid grid, ReadOnlySpan<PlanarPoint> points, ReadOnlySpan<PlanarPoint> baseline, KernelDensityOptions density, GiStarOptions giStar,
        IReadOnlyList<IncidentPlace>? places = null)
    {
        if (places is not null && places.Count != points.Length) throw new ArgumentException($"{places.Count} places for {points.Length} points.", nameof(places));
        var choice = "given";
        if (density.Bandwidth is null && points.Length > 0)
        {
            var bandwidth = BandwidthRule.NearestNeighbour(points);
            choice = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"median distance to the {BandwidthRule.TaskingNeighbour}th nearest incident location, kept within {BandwidthRule.MinimumTaskingBandwidth:0}-{BandwidthRule.MaximumTaskingBandwidth:0} m: {bandwidth:0} m");
            density = density with { Bandwidth = bandwidth };
        }
        var counts = GridCounts.Count(grid, points);
        var before = GridCounts.Count(grid, baseline);
        var change = GridCountChange.Between(before, counts);
        var kde = KernelDensity.Estimate(grid, points, density);
        var gi = GetisOrdGiStar.OnGrid(counts, giStar);
        var cells = new HotSpotCell[grid.CellCount];
        for (var i = 0; i < cells.Length; i++)
        {
            var centre = grid.Centre(i);
            var hot = gi.Classes[i] > HotSpotClass.NotSignificant;
            // Gi* sums the cell with its eight neighbours, so a cell with no incident can be hot through them alone: a
            // patrol sent there finds nothing, so it says so.
            var neighboursOnly = hot && counts.Counts[i] == 0;
            var label = neighboursOnly ? gi.Label(i).Replace("hot spot, ", "hot spot (neighbours only), ", StringComparison.Ordinal) : gi.Label(i);
            cells[i] = new HotSpotCell(i % grid.Columns, i / grid.Columns, centre.X, centre.Y, counts.Counts[i], before.Counts[i], change[i].PercentChange,
                kde.PerSquareKilometre(i), gi.ZScores[i], gi.PValues[i], gi.AdjustedPValues[i], gi.Classes[i], label)
            {
                Place = hot && places is not null ? Nearest(centre, points, places) : null,
            };
        }
        return new HotSpotMap(grid, counts.Inside, counts.Outside, before.Inside, kde.Kernel, kde.Bandwidth, gi.Correction, cells) { BandwidthChoice = choice };
    }

    /// <summary>The place of the point nearest <paramref name="centre"/>; the first of several as near.</summary>
    private static IncidentPlace? Nearest(PlanarPoint centre, ReadOnlySpan<PlanarPoint> points, IReadOnlyList<IncidentPlace> places)
    {
        var best = -1;
        var bestDistance = double.MaxValue;
        for (var i = 0; i < points.Length; i++)
        {
            var d = (points[i].X - centre.X) * (points[i].X - centre.X) + (points[i].Y - centre.Y) * (points[i].Y - centre.Y);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = i;
            }
        }
        return best < 0 ? null : places[best];
    }
}

/// <param name="X">Easting of the cell centre, metres (British National Grid).</param>
/// <param name="Y">Northing of the cell centre, metres.</param>
/// <param name="DensityPerSquareKm">Kernel density at the centre, incidents per km².</param>
/// <param name="Label">In plain words: "hot spot, 99% confidence", "hot spot (neighbours only), 95% confidence" (no
/// incident in the cell itself), "not significant".</param>
public sealed record HotSpotCell(int Column, int Row, double X, double Y, int Count, int BaselineCount, double? PercentChange,
    double DensityPerSquareKm, double GiZ, double GiP, double GiPAdjusted, HotSpotClass Class, string Label)
{
    /// <summary>A hot spot with no incident in the cell: hot only through its neighbours.</summary>
    public bool NeighboursOnly => Class > HotSpotClass.NotSignificant && Count == 0;

    /// <summary>For a hot spot, the street and ward of the incident nearest the cell's centre; null otherwise.</summary>
    public IncidentPlace? Place { get; init; }
}
