using System.Text.Json;
using Csp.Core.Areas;
using Csp.Core.Geometry;
using Csp.Reporting.GeoJson;
using Csp.Storage;
using Csp.Storage.Areas;

namespace Csp.Workbench.Briefing;

/// <summary>
/// What the briefing page's map draws (WGS84): the area's wards with their incidents in the window, each incident of the
/// window as a point, and the centres of the emerging hot spots. Ward outlines are computed once per area and data version.
/// </summary>
public sealed class BriefingMap(CspDatabase database)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<AreaOutline>> _outlines = new(StringComparer.Ordinal);

    /// <summary>A point on the map: longitude and latitude, with what the tooltip says.</summary>
    public sealed record MapPoint(double Lon, double Lat, string Label, string Category);

    /// <param name="Wards">GeoJSON FeatureCollection of the wards (property <c>count</c>: incidents in the window).</param>
    public sealed record MapData(JsonElement? Wards, IReadOnlyList<MapPoint> Incidents, IReadOnlyList<MapPoint> Emerging);

    public async Task<MapData> ForAsync(BriefingOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var r = outcome.Result ?? throw new ArgumentException("The briefing was not built.", nameof(outcome));
        var area = outcome.Area!;
        var key = area.Code + "|" + outcome.Incidents?.Version;
        if (!_outlines.TryGetValue(key, out var outlines))
        {
            outlines = area.Level is AreaLevel.District or AreaLevel.CommunitySafetyPartnership
                ? await AreaOutlines.ChildrenAsync(database, area, cancellationToken).ConfigureAwait(false)
                : await AreaOutlines.OfAsync(database, area, cancellationToken).ConfigureAwait(false) is { } own ? [own] : [];
            if (_outlines.Count > 64) _outlines.Clear();
            _outlines[key] = outlines;
        }
        JsonElement? wards = null;
        if (outlines.Count > 0)
        {
            var counts = r.Places.ToDictionary(p => p.Place, p => p.Count, StringComparer.Ordinal);
            using var buffer = new MemoryStream();
            OutlineGeoJson.Write(outlines, buffer, (o, json) => json.WriteNumber("count", counts.GetValueOrDefault(o.Name)));
            wards = JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
        }
        var gb = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        var incidents = r.IncidentList.Select(i =>
        {
            var (lon, lat) = BritishNationalGrid.ToWgs84(new PlanarPoint(i.X, i.Y));
            return new MapPoint(Math.Round(lon, 5), Math.Round(lat, 5), $"{i.Category}, {(i.Timed ? i.When.ToString("ddd HH:mm", gb) : i.When.ToString("ddd", gb) + " (no time)")}{(i.Place is { } p ? ", " + p : "")}", i.Category);
        }).ToList();
        var emerging = r.Emerging.Where(e => e.Centre is not null).Select(e =>
        {
            var (lon, lat) = BritishNationalGrid.ToWgs84(e.Centre!.Value);
            return new MapPoint(Math.Round(lon, 5), Math.Round(lat, 5), $"Emerging: {e.Category}, {e.Recent} in {e.Window} days against {e.Expected:0.0} usual", e.Category);
        }).ToList();
        return new MapData(wards, incidents, emerging);
    }
}
