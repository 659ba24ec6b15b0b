using System.Globalization;
using Csp.Core.Geometry;
using Csp.Core.HotSpots;
using Csp.Core.Periods;
using Csp.Storage;

namespace Csp.Storage.HotSpots;

/// <summary>Street-level incidents of an area and period as points in metres (British National Grid), with their places.</summary>
public static class HotSpotPoints
{
    /// <param name="lsoaCodes">The area's LSOAs (validated GSS codes).</param>
    /// <param name="crimeTypes">police.uk crime types to keep; empty for all (crime and ASB).</param>
    /// <param name="wardOfLsoa">The ward name of an LSOA code, null when unknown: each place's ward.</param>
    /// <returns>The points, each point's place (police.uk's location text and the ward), and the rows without a location.</returns>
    public static async Task<(PlanarPoint[] Points, IncidentPlace[] Places, int WithoutLocation)> LoadAsync(CspDatabase database, IReadOnlyCollection<string> lsoaCodes, MonthRange period,
        IReadOnlyCollection<string> crimeTypes, Func<string, string?> wardOfLsoa, CancellationToken cancellationToken)
    {
        if (lsoaCodes.Count == 0) return ([], [], 0);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // The codes are GSS codes checked on import (a letter and eight digits), so they can be listed in the SQL text.
        var codes = string.Join(",", lsoaCodes.Where(c => Core.Areas.AreaCode.IsWellFormed(c)).Select(c => $"'{c}'"));
        var types = crimeTypes.Count == 0 ? "" : " AND t.name IN (" + string.Join(",", crimeTypes.Select((_, i) => "@t" + i.ToString(CultureInfo.InvariantCulture))) + ")";
        var parameters = crimeTypes.Select((t, i) => ("t" + i.ToString(CultureInfo.InvariantCulture), (object?)t))
            .Append(("from", period.From.Number)).Append(("to", period.To.Number)).ToArray();
        // Only the forces with counts in these LSOAs and months (street_counts holds every located row's): the records
        // are then read by their key (force, month), those months of those forces, not every force's every month. The
        // order is stated, by what names a row whatever ids a database gave (force, month, line: one file per force's
        // month, force_months): the maps' sums over the points are then the same to the last bit on both databases, and
        // from one run to the next (PostgreSQL hands rows back in no set order).
        var rows = Sql.Query(connection, null, $"""
            SELECT r.longitude, r.latitude, s.name, l.code FROM street_records r
            JOIN police_lsoas l ON l.id = r.lsoa_id JOIN crime_types t ON t.id = r.crime_type_id JOIN police_forces f ON f.id = r.force_id
            LEFT JOIN street_locations s ON s.id = r.location_id
            WHERE r.force_id IN (
                    SELECT c.force_id FROM street_counts c JOIN police_lsoas cl ON cl.id = c.lsoa_id
                    WHERE cl.code IN ({codes}) AND c.month BETWEEN @from AND @to)
              AND l.code IN ({codes}) AND r.month BETWEEN @from AND @to{types}
            ORDER BY f.name, r.month, r.line
            """, r => (Lon: r.IsDBNull(0) ? (double?)null : r.GetDouble(0), Lat: r.IsDBNull(1) ? (double?)null : r.GetDouble(1),
                Street: r.IsDBNull(2) ? null : r.GetString(2), Lsoa: r.GetString(3)), parameters);
        var located = rows.Where(r => r.Lon is not null && r.Lat is not null).ToList();
        var points = located.Select(r => BritishNationalGrid.FromWgs84(r.Lon!.Value, r.Lat!.Value)).ToArray();
        // One place object per street and LSOA: a year of a district's crime is some thousands of snap points.
        var places = new Dictionary<(string?, string), IncidentPlace>();
        var placed = located.Select(r =>
        {
            if (!places.TryGetValue((r.Street, r.Lsoa), out var place)) places[(r.Street, r.Lsoa)] = place = new IncidentPlace(r.Street is { Length: > 0 } ? r.Street : null, wardOfLsoa(r.Lsoa));
            return place;
        }).ToArray();
        return (points, placed, rows.Count - points.Length);
    }
}
