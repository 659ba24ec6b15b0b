using Csp.Core.Geometry;

namespace Csp.Core.Geography;

/// <summary>
/// Finds the LSOA whose population-weighted centroid is nearest a point: the product's way of putting an incident given
/// only as coordinates in an LSOA (and so a ward and district) without LSOA boundaries. It is the same approximation the
/// maps draw (each LSOA as the part of the district nearest its centroid), so counts and maps agree; near an LSOA's edge
/// an incident may land in its neighbour. Centroids are bucketed in square cells so a lookup reads a few cells, not all
/// 35,000 LSOAs of England and Wales.
/// </summary>
public sealed class NearestCentroid
{
    private readonly AreaCentroid[] _centroids;
    private readonly Dictionary<(int, int), List<int>> _cells = [];
    private readonly double _cellSize;

    /// <param name="maximumDistance">A point farther than this (metres) from every centroid is in none (outside the data's coverage).</param>
    public NearestCentroid(IReadOnlyList<AreaCentroid> centroids, double maximumDistance = 5_000, double cellSize = 2_000)
    {
        ArgumentNullException.ThrowIfNull(centroids);
        _centroids = [.. centroids];
        _cellSize = cellSize;
        MaximumDistance = maximumDistance;
        for (var i = 0; i < _centroids.Length; i++)
        {
            var key = Cell(_centroids[i].Point.X, _centroids[i].Point.Y);
            if (!_cells.TryGetValue(key, out var list)) _cells.Add(key, list = []);
            list.Add(i);
        }
    }

    public double MaximumDistance { get; }

    /// <summary>The nearest centroid's area code, or null when none is within <see cref="MaximumDistance"/>.</summary>
    public string? Find(double x, double y)
    {
        var (cx, cy) = Cell(x, y);
        var best = -1;
        var bestDistance = double.MaxValue;
        var rings = (int)Math.Ceiling(MaximumDistance / _cellSize) + 1;
        for (var r = 0; r <= rings; r++)
        {
            // Every centroid in ring r is at least (r - 1) cells away: once the best is nearer than that, no further ring can beat it.
            if (best >= 0 && Math.Sqrt(bestDistance) <= (r - 1) * _cellSize) break;
            for (var i = cx - r; i <= cx + r; i++)
            {
                for (var j = cy - r; j <= cy + r; j++)
                {
                    if (Math.Max(Math.Abs(i - cx), Math.Abs(j - cy)) != r || !_cells.TryGetValue((i, j), out var list)) continue;
                    foreach (var k in list)
                    {
                        double dx = _centroids[k].Point.X - x, dy = _centroids[k].Point.Y - y;
                        var d = dx * dx + dy * dy;
                        if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(_centroids[k].Code, _centroids[best].Code) < 0))
                        {
                            bestDistance = d;
                            best = k;
                        }
                    }
                }
            }
        }
        return best >= 0 && Math.Sqrt(bestDistance) <= MaximumDistance ? _centroids[best].Code : null;
    }

    private (int, int) Cell(double x, double y) => ((int)Math.Floor(x / _cellSize), (int)Math.Floor(y / _cellSize));
}
