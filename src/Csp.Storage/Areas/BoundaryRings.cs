using System.Globalization;
using System.Text;
using System.Text.Json;
using Csp.Core.Geometry;

namespace Csp.Storage.Areas;

/// <summary>Rings of WGS84 points as the database keeps them: JSON <c>[[[lon, lat], ...], ...]</c>.</summary>
internal static class BoundaryRings
{
    public static string ToJson(IReadOnlyList<IReadOnlyList<LonLat>> rings)
    {
        var text = new StringBuilder();
        text.Append('[');
        for (var r = 0; r < rings.Count; r++)
        {
            if (r > 0) text.Append(',');
            text.Append('[');
            for (var i = 0; i < rings[r].Count; i++)
            {
                if (i > 0) text.Append(',');
                text.Append('[').Append(rings[r][i].Lon.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                    .Append(rings[r][i].Lat.ToString("R", CultureInfo.InvariantCulture)).Append(']');
            }
            text.Append(']');
        }
        return text.Append(']').ToString();
    }

    public static IReadOnlyList<IReadOnlyList<LonLat>> FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(ring => (IReadOnlyList<LonLat>)ring.EnumerateArray().Select(p => new LonLat(p[0].GetDouble(), p[1].GetDouble())).ToList())
            .ToList();
    }
}
