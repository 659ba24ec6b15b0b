using System.Data.Common;
using System.Globalization;

namespace Csp.Storage.Briefing;

/// <summary>Read queries of the briefing: the incidents of a run of days (each with the LSOA the import placed it in), and a version that changes with every import.</summary>
public static class BriefingIncidents
{
    /// <summary>The name every file of the generated demonstration set carries (data/sample/incidents).</summary>
    public const string DemoFileMarker = "GENERATED-DEMO";

    /// <summary>
    /// Incidents from <paramref name="from"/> to <paramref name="to"/> (both included) in British National Grid metres
    /// (EPSG 27700; the importer converts longitude/latitude to it, and an incident given in another projected CRS is left
    /// out and counted in <c>OtherCrs</c>).
    /// </summary>
    public static async Task<(IReadOnlyList<StoredIncident> Incidents, long OtherCrs)> BetweenAsync(CspDatabase database, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await Task.Run(() =>
        {
            var f = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var t = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var rows = Sql.Query(connection, null, """
                SELECT i.incident_id, i.occurred_on, i.occurred_at, i.category, i.x, i.y, i.location_key, i.victim_key,
                       CASE WHEN f.name LIKE @demo THEN 1 ELSE 0 END, i.lsoa_code
                FROM incidents i JOIN import_files f ON f.id = i.file_id
                WHERE i.occurred_on >= @from AND i.occurred_on <= @to AND i.epsg = 27700
                """, (DbDataReader r) => new StoredIncident(r.GetString(0), DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    r.IsDBNull(2) ? null : TimeOnly.ParseExact(r.GetString(2), "HH:mm", CultureInfo.InvariantCulture), r.GetString(3), r.GetDouble(4), r.GetDouble(5),
                    r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), Convert.ToInt64(r.GetValue(8), CultureInfo.InvariantCulture) == 1,
                    r.IsDBNull(9) ? null : r.GetString(9)),
                ("demo", "%" + DemoFileMarker + "%"), ("from", f), ("to", t));
            var other = Sql.Long(connection, null, "SELECT count(*) FROM incidents WHERE occurred_on >= @from AND occurred_on <= @to AND epsg <> 27700", ("from", f), ("to", t));
            return ((IReadOnlyList<StoredIncident>)rows, other);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes whenever incidents or geography are imported: what is computed from them is kept until it changes.</summary>
    public static async Task<string> VersionAsync(CspDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Sql.Long(connection, null, "SELECT COALESCE(max(id), 0) FROM import_files")}:{Sql.Long(connection, null, "SELECT count(*) FROM incidents")}");
    }
}
