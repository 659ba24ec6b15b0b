using Csp.Core.Areas;
using Csp.Core.Geometry;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using NetTopologySuite.Triangulate;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Csp.Core.Geography;

/// <summary>
/// Approximate shapes for small areas that have no published boundary in the product: each LSOA gets the part of its
/// district closer to its population-weighted centroid than to any other LSOA's (a Voronoi cell clipped to the district),
/// and a ward is the union of its LSOAs' cells. Good enough to shade a map by ward or LSOA; not an official boundary, so
/// every outline built here is marked <see cref="AreaOutline.Approximate"/>.
/// </summary>
/// <remarks>Computed in British National Grid metres, so that "closer" means distance on the ground, then turned back into WGS84.</remarks>
public static class CentroidCells
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 27700);

    /// <summary>
    /// The cells of the LSOAs of one district. <paramref name="centroids"/> are the district's LSOAs; a centroid that falls
    /// outside the simplified district boundary still gets the part of its cell that lies inside (possibly none).
    /// </summary>
    public static IReadOnlyDictionary<string, NtsGeometry> Cells(AreaBoundary district, IReadOnlyList<AreaCentroid> centroids)
    {
        var clip = ToPlanar(district);
        var cells = new Dictionary<string, NtsGeometry>(StringComparer.Ordinal);
        if (centroids.Count == 0 || clip.IsEmpty) return cells;
        if (centroids.Count == 1)
        {
            cells[centroids[0].Code] = clip;
            return cells;
        }
        var builder = new VoronoiDiagramBuilder();
        var envelope = clip.EnvelopeInternal.Copy();
        envelope.ExpandBy(Math.Max(envelope.Width, envelope.Height));
        builder.ClipEnvelope = envelope;
        // Two LSOAs never share a centroid in the ONS file; a tolerance of a metre keeps a near-duplicate from breaking the triangulation.
        builder.Tolerance = 1.0;
        var sites = centroids.Select(c => new Coordinate(c.Point.X, c.Point.Y)).ToArray();
        builder.SetSites(sites);
        var diagram = builder.GetDiagram(Factory);
        var byCoordinate = new Dictionary<(double, double), string>();
        foreach (var c in centroids) byCoordinate.TryAdd((c.Point.X, c.Point.Y), c.Code);
        for (var i = 0; i < diagram.NumGeometries; i++)
        {
            var cell = diagram.GetGeometryN(i);
            // The builder keeps each cell's site as its user data.
            if (cell.UserData is not Coordinate site || !byCoordinate.TryGetValue((site.X, site.Y), out var code)) continue;
            // A cell that only touches the boundary clips to a line: keep cells with ground in them.
            var clipped = cell.Intersection(clip);
            if (clipped.Area > 0) cells[code] = clipped;
        }
        return cells;
    }

    /// <summary>Unions cells into larger areas: <paramref name="groupOf"/> maps a cell's code to its group's (an LSOA to its ward).</summary>
    public static IReadOnlyDictionary<string, NtsGeometry> Dissolve(IReadOnlyDictionary<string, NtsGeometry> cells, Func<string, string?> groupOf)
    {
        return cells
            .Select(kv => (Group: groupOf(kv.Key), Cell: kv.Value))
            .Where(x => x.Group is not null)
            .GroupBy(x => x.Group!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => UnaryUnionOp.Union(g.Select(x => x.Cell).ToList()), StringComparer.Ordinal);
    }

    /// <summary>An outline in WGS84 from a planar shape: every ring of every part, holes included (even-odd).</summary>
    public static AreaOutline ToOutline(string code, string name, AreaLevel level, NtsGeometry shape, bool approximate)
    {
        var rings = new List<IReadOnlyList<LonLat>>();
        for (var i = 0; i < shape.NumGeometries; i++)
        {
            if (shape.GetGeometryN(i) is not Polygon polygon) continue;
            rings.Add(ToWgs84(polygon.ExteriorRing));
            foreach (var hole in polygon.InteriorRings) rings.Add(ToWgs84(hole));
        }
        return new AreaOutline(code, name, level, rings, approximate);
    }

    /// <summary>A boundary as one planar shape in British National Grid metres (rings by the even-odd rule).</summary>
    public static NtsGeometry ToPlanar(AreaBoundary boundary)
    {
        var rings = boundary.Rings
            .Where(r => r.Count >= 4)
            .Select(r => Factory.CreateLinearRing(CloseRing(r.Select(p => BritishNationalGrid.FromWgs84(p.Lon, p.Lat)).Select(p => new Coordinate(p.X, p.Y)).ToArray())))
            .ToList();
        // Even-odd: the symmetric difference of the rings' polygons turns nested rings into holes, whatever their order.
        NtsGeometry shape = Factory.CreatePolygon();
        foreach (var ring in rings) shape = shape.SymmetricDifference(Factory.CreatePolygon(ring).Buffer(0));
        return shape;
    }

    private static Coordinate[] CloseRing(Coordinate[] points) =>
        points[0].Equals2D(points[^1]) ? points : [.. points, points[0].Copy()];

    private static List<LonLat> ToWgs84(LineString ring)
    {
        var points = new List<LonLat>(ring.NumPoints);
        foreach (var c in ring.Coordinates)
        {
            var (lon, lat) = BritishNationalGrid.ToWgs84(new PlanarPoint(c.X, c.Y));
            // Six decimals is ten centimetres: more only makes the files bigger.
            points.Add(new LonLat(Math.Round(lon, 6), Math.Round(lat, 6)));
        }
        return points;
    }
}
