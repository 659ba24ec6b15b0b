using System.Globalization;
using System.Text;
using System.Text.Json;
using Csp.Core.Geometry;
using Csp.Core.HotSpots;

namespace Csp.Reporting.GeoJson;

/// <summary>Writes a <see cref="HotSpotMap"/> as GeoJSON (cell squares in WGS84, as the format requires) and as CSV.</summary>
public static class HotSpotFiles
{
    public static void WriteGeoJson(HotSpotMap map, Stream output, string title)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteString("name", title);
        json.WriteStartObject("properties");
        json.WriteNumber("cellSizeMetres", map.Grid.CellSize);
        json.WriteString("kernel", map.Kernel.ToString().ToLowerInvariant());
        json.WriteNumber("bandwidthMetres", Math.Round(map.Bandwidth, 1));
        json.WriteString("correction", map.Correction.ToString());
        json.WriteNumber("points", map.Points);
        json.WriteNumber("pointsOutside", map.PointsOutside);
        json.WriteEndObject();
        json.WriteStartArray("features");
        var half = map.Grid.CellSize / 2;
        foreach (var c in map.Cells)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("geometry");
            json.WriteString("type", "Polygon");
            json.WriteStartArray("coordinates");
            json.WriteStartArray();
            foreach (var (dx, dy) in new[] { (-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1) })
            {
                var (lon, lat) = BritishNationalGrid.ToWgs84(new PlanarPoint(c.X + dx * half, c.Y + dy * half));
                json.WriteStartArray();
                json.WriteNumberValue(Math.Round(lon, 6));
                json.WriteNumberValue(Math.Round(lat, 6));
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteNumber("column", c.Column);
            json.WriteNumber("row", c.Row);
            json.WriteNumber("count", c.Count);
            json.WriteNumber("baselineCount", c.BaselineCount);
            if (c.PercentChange is { } pc) json.WriteNumber("percentChange", pc);
            else json.WriteNull("percentChange");
            json.WriteNumber("densityPerSqKm", Math.Round(c.DensityPerSquareKm, 3));
            json.WriteNumber("giZ", Math.Round(c.GiZ, 4));
            json.WriteNumber("giP", c.GiP);
            json.WriteNumber("giPAdjusted", c.GiPAdjusted);
            json.WriteString("hotSpot", c.Label);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteCsv(HotSpotMap map, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine("column,row,easting,northing,longitude,latitude,count,baseline_count,percent_change,density_per_sq_km,gi_z,gi_p,gi_p_adjusted,hot_spot");
        var line = new StringBuilder();
        foreach (var c in map.Cells)
        {
            var (lon, lat) = BritishNationalGrid.ToWgs84(new PlanarPoint(c.X, c.Y));
            line.Clear();
            line.Append(culture, $"{c.Column},{c.Row},{c.X:0.#},{c.Y:0.#},{lon:0.######},{lat:0.######},{c.Count},{c.BaselineCount},");
            line.Append(c.PercentChange?.ToString("0.#", culture) ?? "");
            line.Append(culture, $",{c.DensityPerSquareKm:0.###},{c.GiZ:0.####},{c.GiP:G6},{c.GiPAdjusted:G6},\"{c.Label}\"");
            output.WriteLine(line);
        }
    }
}
