using Csp.Core.Geometry;

namespace Csp.Core.HotSpots;

/// <summary>The extent a grid should cover: the area's own incidents, robust to a stray far point.</summary>
public static class GridExtent
{
    /// <summary>
    /// The box from the 0.1th to the 99.9th percentile of the points on each axis, widened by <paramref name="margin"/>
    /// metres: one far point (a mis-geocoded record) cannot stretch the grid to millions of cells (sfhotspot issue 24);
    /// such points fall outside and are counted as outside.
    /// </summary>
    public static Extent Around(ReadOnlySpan<PlanarPoint> points, double margin, double trim = 0.001)
    {
        if (points.IsEmpty) throw new ArgumentException("There are no points to bound.", nameof(points));
        var xs = new double[points.Length];
        var ys = new double[points.Length];
        for (var i = 0; i < points.Length; i++) (xs[i], ys[i]) = (points[i].X, points[i].Y);
        Array.Sort(xs);
        Array.Sort(ys);
        var lo = (int)Math.Floor(trim * (points.Length - 1));
        var hi = (int)Math.Ceiling((1 - trim) * (points.Length - 1));
        return new Extent(xs[lo] - margin, ys[lo] - margin, xs[hi] + margin, ys[hi] + margin);
    }
}
