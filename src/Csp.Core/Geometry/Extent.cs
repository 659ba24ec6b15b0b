namespace Csp.Core.Geometry;

/// <summary>An axis-aligned rectangle in projected metres: the area an analysis covers.</summary>
/// <remarks>Closed on all four sides: a point on the boundary is inside.</remarks>
public readonly record struct Extent
{
    public Extent(double minX, double minY, double maxX, double maxY)
    {
        if (!double.IsFinite(minX) || !double.IsFinite(minY) || !double.IsFinite(maxX) || !double.IsFinite(maxY))
            throw new ArgumentException($"Extent bounds must be finite numbers; got ({minX}, {minY}) to ({maxX}, {maxY}).");
        if (maxX <= minX || maxY <= minY)
            throw new ArgumentException($"Extent must have positive width and height; got ({minX}, {minY}) to ({maxX}, {maxY}).");
        MinX = minX;
        MinY = minY;
        MaxX = maxX;
        MaxY = maxY;
    }

    public double MinX { get; }

    public double MinY { get; }

    public double MaxX { get; }

    public double MaxY { get; }

    /// <summary>East-west size in metres.</summary>
    public double Width => MaxX - MinX;

    /// <summary>North-south size in metres.</summary>
    public double Height => MaxY - MinY;

    public bool Contains(double x, double y) => x >= MinX && x <= MaxX && y >= MinY && y <= MaxY;

    public bool Contains(PlanarPoint point) => Contains(point.X, point.Y);
}
