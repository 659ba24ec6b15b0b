using System.Text.Json;
using Csp.Core.Areas;
using Csp.Core.Geometry;

namespace Csp.Reporting.GeoJson;

/// <summary>
/// Writes outlines as a GeoJSON FeatureCollection (WGS84), one MultiPolygon feature per area with its code, name, level
/// and whether the shape is approximate, plus any values the caller adds (a rate per 1,000 residents, say).
/// </summary>
public static class OutlineGeoJson
{
    public static void Write(IReadOnlyList<AreaOutline> outlines, Stream output, Action<AreaOutline, Utf8JsonWriter>? properties = null)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var outline in outlines)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", outline.Code);
            json.WriteStartObject("geometry");
            json.WriteString("type", "MultiPolygon");
            json.WriteStartArray("coordinates");
            foreach (var polygon in Polygons(outline.Rings))
            {
                json.WriteStartArray();
                foreach (var ring in polygon)
                {
                    json.WriteStartArray();
                    foreach (var p in ring)
                    {
                        json.WriteStartArray();
                        json.WriteNumberValue(p.Lon);
                        json.WriteNumberValue(p.Lat);
                        json.WriteEndArray();
                    }
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("code", outline.Code);
            json.WriteString("name", outline.Name);
            json.WriteString("level", outline.Level.ToString());
            json.WriteBoolean("approximate", outline.Approximate);
            properties?.Invoke(outline, json);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Groups even-odd rings into GeoJSON polygons: a ring inside an odd number of others is a hole of the smallest ring
    /// that contains it; every other ring starts a polygon.
    /// </summary>
    internal static List<List<IReadOnlyList<LonLat>>> Polygons(IReadOnlyList<IReadOnlyList<LonLat>> rings)
    {
        var containers = rings.Select((ring, i) => Enumerable.Range(0, rings.Count).Where(j => j != i && Contains(rings[j], ring[0])).ToList()).ToList();
        var polygons = new Dictionary<int, List<IReadOnlyList<LonLat>>>();
        for (var i = 0; i < rings.Count; i++)
        {
            if (containers[i].Count % 2 == 0) polygons[i] = [rings[i]];
        }
        for (var i = 0; i < rings.Count; i++)
        {
            if (containers[i].Count % 2 == 0) continue;
            // The innermost container is the one contained by the most others.
            var shell = containers[i].Where(polygons.ContainsKey).OrderByDescending(j => containers[j].Count).FirstOrDefault(-1);
            if (shell >= 0) polygons[shell].Add(rings[i]);
        }
        return polygons.OrderBy(kv => kv.Key).Select(kv => kv.Value).ToList();
    }

    /// <summary>Ray casting: whether the point lies inside the ring.</summary>
    private static bool Contains(IReadOnlyList<LonLat> ring, LonLat point)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (a, b) = (ring[i], ring[j]);
            if ((a.Lat > point.Lat) != (b.Lat > point.Lat) && point.Lon < (b.Lon - a.Lon) * (point.Lat - a.Lat) / (b.Lat - a.Lat) + a.Lon) inside = !inside;
        }
        return inside;
    }
}
