using System.Text.Json;
using Csp.Core.Geography;
using Csp.Core.Geometry;
using Csp.Core.Imports;

namespace Csp.Ingest.Geography;

/// <summary>
/// Reads area boundaries from TopoJSON (as the ONS visual team publishes them: quantised, delta-encoded arcs) or GeoJSON,
/// in WGS84 longitude/latitude. An area's code and name come from the first of its properties that look like them
/// (<c>AREACD</c>/<c>AREANM</c>, <c>LAD21CD</c>/<c>LAD21NM</c>, ... any <c>*CD</c> and <c>*NM</c>).
/// </summary>
public static class BoundaryReader
{
    public static (IReadOnlyList<AreaBoundary> Boundaries, IReadOnlyList<ImportIssue> Issues, ImportIssue? FileError) Read(Stream stream, string fileName)
    {
        var issues = new List<ImportIssue>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            return ([], issues, new ImportIssue(fileName, (e.LineNumber ?? 0) + 1, null, $"this is not valid JSON: {e.Message}"));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Compressed data that breaks off: the JSON is incomplete, and no part of it can be used.
            return ([], issues, new ImportIssue(fileName, 0, null, $"the file cannot be read to its end ({e.Message}): it is truncated or corrupt; nothing was imported."));
        }
        try
        {
            return ReadDocument(document, fileName, issues);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            // Valid JSON of the wrong shape (a member missing, a string where numbers belong, an arc that does not exist).
            return ([], issues, new ImportIssue(fileName, 0, null, $"the JSON is not TopoJSON or GeoJSON boundaries as expected: {e.Message}"));
        }
        finally
        {
            document.Dispose();
        }
    }

    private static (IReadOnlyList<AreaBoundary> Boundaries, IReadOnlyList<ImportIssue> Issues, ImportIssue? FileError) ReadDocument(JsonDocument document, string fileName, List<ImportIssue> issues)
    {
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) ? t.GetString() : null;
            var boundaries = new List<AreaBoundary>();
            switch (type)
            {
                case "Topology":
                    ReadTopology(root, fileName, boundaries, issues);
                    break;
                case "FeatureCollection":
                    var n = 0;
                    foreach (var feature in root.GetProperty("features").EnumerateArray())
                    {
                        n++;
                        if (Identify(feature, fileName, n, issues) is not { } id) continue;
                        var rings = new List<IReadOnlyList<LonLat>>();
                        if (feature.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object) GeoJsonRings(g, rings);
                        Add(boundaries, issues, fileName, n, id, rings);
                    }
                    break;
                default:
                    return ([], issues, new ImportIssue(fileName, 1, "type", "this is neither TopoJSON (\"type\": \"Topology\") nor a GeoJSON FeatureCollection."));
            }
            return (boundaries, issues, null);
        }
    }

    private static void ReadTopology(JsonElement root, string fileName, List<AreaBoundary> boundaries, List<ImportIssue> issues)
    {
        var (scale, translate) = root.TryGetProperty("transform", out var transform)
            ? ((Pair(transform.GetProperty("scale"))), Pair(transform.GetProperty("translate")))
            : ((1.0, 1.0), (0.0, 0.0));
        var quantised = root.TryGetProperty("transform", out _);
        // Decode every arc once: positions are deltas from the previous one when the topology is quantised.
        var arcs = new List<LonLat[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new LonLat[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                var (dx, dy) = Pair(position);
                if (quantised) { x += dx; y += dy; } else { x = dx; y = dy; }
                points[i++] = new LonLat(x * scale.Item1 + translate.Item1, y * scale.Item2 + translate.Item2);
            }
            arcs.Add(points);
        }
        var n = 0;
        foreach (var collection in root.GetProperty("objects").EnumerateObject())
        {
            if (!collection.Value.TryGetProperty("geometries", out var geometries)) continue;
            foreach (var geometry in geometries.EnumerateArray())
            {
                n++;
                if (Identify(geometry, fileName, n, issues) is not { } id) continue;
                var rings = new List<IReadOnlyList<LonLat>>();
                var kind = geometry.TryGetProperty("type", out var k) ? k.GetString() : null;
                if (kind == "Polygon")
                {
                    foreach (var ring in geometry.GetProperty("arcs").EnumerateArray()) rings.Add(Stitch(ring, arcs));
                }
                else if (kind == "MultiPolygon")
                {
                    foreach (var polygon in geometry.GetProperty("arcs").EnumerateArray())
                        foreach (var ring in polygon.EnumerateArray()) rings.Add(Stitch(ring, arcs));
                }
                Add(boundaries, issues, fileName, n, id, rings);
            }
        }
    }

    /// <summary>A ring from arc indices: ~i (that is -i-1) is arc i reversed; consecutive arcs share their end point.</summary>
    private static List<LonLat> Stitch(JsonElement ring, List<LonLat[]> arcs)
    {
        var points = new List<LonLat>();
        foreach (var index in ring.EnumerateArray())
        {
            var i = index.GetInt32();
            var arc = i >= 0 ? arcs[i] : arcs[~i].Reverse().ToArray();
            points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
        }
        return points;
    }

    private static void GeoJsonRings(JsonElement geometry, List<IReadOnlyList<LonLat>> rings)
    {
        var coordinates = geometry.GetProperty("coordinates");
        switch (geometry.GetProperty("type").GetString())
        {
            case "Polygon":
                foreach (var ring in coordinates.EnumerateArray()) rings.Add(ring.EnumerateArray().Select(p => { var (x, y) = Pair(p); return new LonLat(x, y); }).ToList());
                break;
            case "MultiPolygon":
                foreach (var polygon in coordinates.EnumerateArray())
                    foreach (var ring in polygon.EnumerateArray()) rings.Add(ring.EnumerateArray().Select(p => { var (x, y) = Pair(p); return new LonLat(x, y); }).ToList());
                break;
        }
    }

    private static (string Code, string Name)? Identify(JsonElement feature, string fileName, int n, List<ImportIssue> issues)
    {
        string? code = null, name = null;
        if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in properties.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.String) continue;
                if (code is null && p.Name.EndsWith("CD", StringComparison.OrdinalIgnoreCase)) code = p.Value.GetString();
                else if (name is null && p.Name.EndsWith("NM", StringComparison.OrdinalIgnoreCase)) name = p.Value.GetString();
            }
        }
        if (code is null || !Core.Areas.AreaCode.IsWellFormed(code))
        {
            issues.Add(new ImportIssue(fileName, n, "properties", $"area {n} has no ONS code (a property such as AREACD or LAD21CD); it was skipped."));
            return null;
        }
        return (code, name ?? code);
    }

    private static void Add(List<AreaBoundary> boundaries, List<ImportIssue> issues, string fileName, int n, (string Code, string Name) id, List<IReadOnlyList<LonLat>> rings)
    {
        var bad = rings.FirstOrDefault(r => r.Any(p => p.Lon is < -180 or > 180 || p.Lat is < -90 or > 90 || !double.IsFinite(p.Lon) || !double.IsFinite(p.Lat)));
        if (rings.Count == 0 || rings.All(r => r.Count < 4) || bad is not null)
        {
            issues.Add(new ImportIssue(fileName, n, "geometry", $"{id.Name} ({id.Code}) has no usable polygon in longitude/latitude; it was skipped."));
            return;
        }
        boundaries.Add(new AreaBoundary(id.Code, id.Name, rings));
    }

    private static (double, double) Pair(JsonElement pair) => (pair[0].GetDouble(), pair[1].GetDouble());
}
