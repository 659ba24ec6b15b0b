using System.Data.Common;
using System.Globalization;
using Csp.Core.Areas;
using Csp.Core.Geography;
using Csp.Core.Geometry;
using Csp.Storage;
using NetTopologySuite.Operation.Union;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Csp.Storage.Areas;

/// <summary>
/// The shapes maps are drawn from. Districts have published (simplified) boundaries; wards and LSOAs have none in the
/// product, so their shapes are grown from LSOA population-weighted centroids inside the district boundary
/// (<see cref="CentroidCells"/>) and marked approximate. Wards are those of the newest lookup, as the assessment counts them.
/// </summary>
public static class AreaOutlines
{
    /// <summary>The vintage of LSOA codes the centroids are published for.</summary>
    private const int CentroidVintage = 2021;

    /// <summary>
    /// The areas a map of <paramref name="parent"/> is shaded by: the districts of a force area, the wards of a CSP or a
    /// district, the LSOAs of a ward. Empty when the boundaries or centroids needed are not imported.
    /// </summary>
    public static async Task<IReadOnlyList<AreaOutline>> ChildrenAsync(CspDatabase database, Area parent, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await Task.Run(() => Children(connection, parent), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The outline of the area itself (the context drawn around a map of its children), or null when it cannot be drawn.</summary>
    public static async Task<AreaOutline?> OfAsync(CspDatabase database, Area area, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await Task.Run(() => Of(connection, area), cancellationToken).ConfigureAwait(false);
    }

    private static IReadOnlyList<AreaOutline> Children(DbConnection connection, Area parent)
    {
        switch (parent.Level)
        {
            case AreaLevel.ForceArea:
                return DistrictsOf(connection, parent)
                    .Select(d => Boundary(connection, d))
                    .OfType<AreaBoundary>()
                    .Select(b => new AreaOutline(b.Code, b.Name, AreaLevel.District, b.Rings, Approximate: false))
                    .ToList();
            case AreaLevel.CommunitySafetyPartnership:
                return DistrictsOf(connection, parent).SelectMany(d => Wards(connection, d)).ToList();
            case AreaLevel.District:
                return Wards(connection, parent.Code);
            case AreaLevel.Ward:
                var district = DistrictOfWard(connection, parent.Code);
                if (district is null) return [];
                var (cells, names, wardOf) = LsoaCells(connection, district);
                return cells.Where(c => wardOf[c.Key] == parent.Code)
                    .Select(c => CentroidCells.ToOutline(c.Key, names[c.Key], AreaLevel.Lsoa, c.Value, approximate: true))
                    .OrderBy(o => o.Name, StringComparer.Ordinal)
                    .ToList();
            default:
                return [];
        }
    }

    private static AreaOutline? Of(DbConnection connection, Area area)
    {
        switch (area.Level)
        {
            case AreaLevel.District:
                return Boundary(connection, area.Code) is { } b ? new AreaOutline(b.Code, b.Name, area.Level, b.Rings, false) : null;
            case AreaLevel.ForceArea:
            case AreaLevel.CommunitySafetyPartnership:
                var parts = DistrictsOf(connection, area).Select(d => Boundary(connection, d)).OfType<AreaBoundary>().Select(CentroidCells.ToPlanar).ToList();
                if (parts.Count == 0) return null;
                return CentroidCells.ToOutline(area.Code, area.Name, area.Level, UnaryUnionOp.Union(parts), approximate: false);
            case AreaLevel.Ward:
                return Children(connection, area) is { Count: > 0 } lsoas
                    ? Dissolved(area, lsoas)
                    : null;
            case AreaLevel.Lsoa:
                var district = Sql.Query(connection, null, "SELECT district_code FROM lsoa_memberships WHERE lsoa_code = @code AND vintage = @vintage",
                    r => r.GetString(0), ("code", area.Code), ("vintage", CentroidVintage)).FirstOrDefault();
                if (district is null) return null;
                var (cells, _, _) = LsoaCells(connection, district);
                return cells.TryGetValue(area.Code, out var cell) ? CentroidCells.ToOutline(area.Code, area.Name, area.Level, cell, true) : null;
            default:
                return null;
        }
    }

    private static AreaOutline Dissolved(Area area, IReadOnlyList<AreaOutline> parts)
    {
        var shape = UnaryUnionOp.Union(parts.Select(p => CentroidCells.ToPlanar(new AreaBoundary(p.Code, p.Name, p.Rings))).ToList());
        return CentroidCells.ToOutline(area.Code, area.Name, area.Level, shape, approximate: true);
    }

    private static List<AreaOutline> Wards(DbConnection connection, string district)
    {
        var (cells, _, wardOf) = LsoaCells(connection, district);
        var wardNames = Sql.Query(connection, null, """
            SELECT DISTINCT a.code, a.name FROM lsoa_memberships m JOIN areas a ON a.code = m.ward_code
            WHERE m.district_code = @district AND m.vintage = @vintage
            """, r => (Code: r.GetString(0), Name: r.GetString(1)), ("district", district), ("vintage", CentroidVintage))
            .ToDictionary(w => w.Code, w => w.Name, StringComparer.Ordinal);
        return CentroidCells.Dissolve(cells, lsoa => wardOf.GetValueOrDefault(lsoa))
            .Select(w => CentroidCells.ToOutline(w.Key, wardNames.GetValueOrDefault(w.Key, w.Key), AreaLevel.Ward, w.Value, approximate: true))
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The district's LSOA cells (planar), the LSOAs' names and their wards.</summary>
    private static (IReadOnlyDictionary<string, NtsGeometry> Cells, Dictionary<string, string> Names, Dictionary<string, string> WardOf) LsoaCells(DbConnection connection, string district)
    {
        var boundary = Boundary(connection, district);
        var lsoas = Sql.Query(connection, null, """
            SELECT c.area_code, c.easting, c.northing, m.ward_code, COALESCE(a.name, c.area_code)
            FROM area_centroids c
            JOIN lsoa_memberships m ON m.lsoa_code = c.area_code AND m.vintage = @vintage
            LEFT JOIN areas a ON a.code = c.area_code
            WHERE m.district_code = @district
            ORDER BY c.area_code
            """, r => (Code: r.GetString(0), X: Convert.ToDouble(r.GetValue(1), CultureInfo.InvariantCulture), Y: Convert.ToDouble(r.GetValue(2), CultureInfo.InvariantCulture),
                Ward: r.GetString(3), Name: r.GetString(4)), ("vintage", CentroidVintage), ("district", district));
        var cells = boundary is null
            ? new Dictionary<string, NtsGeometry>()
            : CentroidCells.Cells(boundary, lsoas.Select(l => new AreaCentroid(l.Code, new PlanarPoint(l.X, l.Y))).ToList());
        return (cells, lsoas.ToDictionary(l => l.Code, l => l.Name, StringComparer.Ordinal), lsoas.ToDictionary(l => l.Code, l => l.Ward, StringComparer.Ordinal));
    }

    private static AreaBoundary? Boundary(DbConnection connection, string code) =>
        Sql.Query(connection, null, "SELECT area_code, name, rings FROM area_boundaries WHERE area_code = @code",
            r => new AreaBoundary(r.GetString(0), r.GetString(1), BoundaryRings.FromJson(r.GetString(2))), ("code", code)).FirstOrDefault();

    /// <summary>The districts under a CSP, or under the CSPs of a force area.</summary>
    private static List<string> DistrictsOf(DbConnection connection, Area area) =>
        Sql.Query(connection, null, area.Level == AreaLevel.ForceArea
                ? "SELECT d.code FROM areas d JOIN areas c ON c.code = d.parent_code WHERE d.level = 'District' AND c.parent_code = @code ORDER BY d.name"
                : "SELECT code FROM areas WHERE level = 'District' AND parent_code = @code ORDER BY name",
            r => r.GetString(0), ("code", area.Code));

    private static string? DistrictOfWard(DbConnection connection, string ward) =>
        Sql.Query(connection, null, "SELECT district_code FROM lsoa_memberships WHERE ward_code = @ward AND vintage = @vintage",
            r => r.GetString(0), ("ward", ward), ("vintage", CentroidVintage)).FirstOrDefault();
}
