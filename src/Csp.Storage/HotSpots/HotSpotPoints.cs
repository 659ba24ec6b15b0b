using System.Globalization;
using Csp.Core.Geometry;
using Csp.Core.Periods;
using Csp.Storage;

namespace Csp.Storage.HotSpots;

/// <summary>Street-level incidents of an area and period as points in metres (British National Grid).</summary>
public static class HotSpotPoints
{
    /// <param name="lsoaCodes">The area's LSOAs (validated GSS codes).</param>
    /// <param name="crimeTypes">police.uk crime types to keep; empty for all (crime and ASB).</param>
    public static async Task<(PlanarPoint[] Points, int WithoutLocation)> LoadAsync(CspDatabase database, IReadOnlyCollection<string> lsoaCodes, MonthRange period,
        IReadOnlyCollection<string> crimeTypes, CancellationToken cancellationToken)
    {
        if (lsoaCodes.Count == 0) return ([], 0);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // The codes are GSS codes checked on import (a letter and eight digits), so they can be listed in the SQL text.
        var codes = string.Join(",", lsoaCodes.Where(c => Core.Areas.AreaCode.IsWellFormed(c)).Select(c => $"'{c}'"));
        var types = crimeTypes.Count == 0 ? "" : " AND t.name IN (" + string.Join(",", crimeTypes.Select((_, i) => "@t" + i.ToString(CultureInfo.InvariantCulture))) + ")";
        var parameters = crimeTypes.Select((t, i) => ("t" + i.ToString(CultureInfo.InvariantCulture), (object?)t))
            .Append(("from", period.From.Number)).Append(("to", period.To.Number)).ToArray();
        var rows = Sql.Query(connection, null, $"""
            SELECT r.longitude, r.latitude FROM street_records r
            JOIN police_lsoas l ON l.id = r.lsoa_id JOIN crime_types t ON t.id = r.crime_type_id
            WHERE l.code IN ({codes}) AND r.month BETWEEN @from AND @to{types}
            """, r => (Lon: r.IsDBNull(0) ? (double?)null : r.GetDouble(0), Lat: r.IsDBNull(1) ? (double?)null : r.GetDouble(1)), parameters);
        var points = rows.Where(r => r.Lon is not null && r.Lat is not null).Select(r => BritishNationalGrid.FromWgs84(r.Lon!.Value, r.Lat!.Value)).ToArray();
        return (points, rows.Count - points.Length);
    }
}
