using System.Data.Common;
using System.Globalization;
using Csp.Core.Incidents;
using Csp.Core.Periods;
using Csp.Storage.Briefing;
using Csp.Storage.Status;

namespace Csp.Storage.Performance;

/// <summary>
/// What the performance table counts itself: police.uk records of the districts asked (from <c>street_counts</c>, migration
/// 0013, by LSOA x crime type x month: only the LSOAs of those districts are read) with the months their force's data
/// holds whole, and the incidents held (for incident counts and domestic abuse repeat victims).
/// </summary>
public static class CountedSources
{
    /// <summary>police.uk records of each district by month and crime type, and the months held whole for each district.</summary>
    public static async Task<PoliceMonths> PoliceAsync(CspDatabase database, IReadOnlyList<string> districtCodes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await Task.Run(() =>
        {
            var parameters = districtCodes.Select((c, i) => ("d" + i.ToString(CultureInfo.InvariantCulture), (object?)c)).ToArray();
            var list = string.Join(", ", parameters.Select(p => "@" + p.Item1));
            // One row per district, month and crime type; an LSOA listed by both lookups (2011 and 2021 codes that are the
            // same) is one LSOA (DISTINCT), and the counts of every force in it are added up as the assessment adds them.
            // The LSOA ids of the districts first (a few hundred), then one pass over street_counts matching them: SQLite
            // plans this as a scan of the counts against an index of the ids (milliseconds), where joining the names scanned slowly.
            var typeNames = Sql.Query(connection, null, "SELECT id, name FROM crime_types",
                r => (Id: Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), Name: r.GetString(1))).ToDictionary(t => t.Id, t => t.Name);
            var cells = Sql.Query(connection, null, $"""
                SELECT d.district_code, sc.month, sc.crime_type_id, sum(sc.records)
                FROM street_counts sc
                JOIN (SELECT DISTINCT pl.id, m.district_code FROM lsoa_memberships m JOIN police_lsoas pl ON pl.code = m.lsoa_code
                      WHERE m.district_code IN ({list})) d ON d.id = sc.lsoa_id
                GROUP BY d.district_code, sc.month, sc.crime_type_id
                """, r => new PoliceCell(r.GetString(0), YearMonth.FromNumber(Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture)),
                    typeNames[Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture)], Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture)), parameters);
            var crimeTypes = typeNames.Values.Order(StringComparer.Ordinal).ToList();
            var held = ForceMonthsHeld.Read(connection);
            var months = new Dictionary<string, IReadOnlyList<YearMonth>>(StringComparer.OrdinalIgnoreCase);
            foreach (var district in districtCodes)
            {
                var forceArea = ForceAreaName(connection, district);
                // The district's force: the one named after its force area ("Kent Police" serves Kent), as the assessment finds it.
                var forces = held.Where(h => forceArea is not null && h.Force.StartsWith(forceArea, StringComparison.OrdinalIgnoreCase)).ToList();
                months[district] = forces.GroupBy(h => h.Month)
                    .Where(g => g.All(h => h.Incomplete is null) && g.Select(h => h.Force).Distinct().Count() == forces.Select(h => h.Force).Distinct().Count())
                    .Select(g => g.Key).Order().ToList();
            }
            return new PoliceMonths(cells, months, crimeTypes);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The name of the force area above a district (district, partnership, force area), or null when the lookups give none.</summary>
    private static string? ForceAreaName(DbConnection connection, string code)
    {
        for (var depth = 0; depth < 6 && code is not null; depth++)
        {
            var row = Sql.Query(connection, null, "SELECT name, level, parent_code FROM areas WHERE code = @c",
                r => (Name: r.GetString(0), Level: r.GetString(1), Parent: r.IsDBNull(2) ? null : r.GetString(2)), ("c", code)).FirstOrDefault();
            if (row.Name is null) return null;
            if (row.Level == "ForceArea") return row.Name;
            code = row.Parent!;
        }
        return null;
    }

    /// <summary>
    /// Every incident held in British National Grid metres with its victim key and domestic flag, the days held (the first
    /// and last date of any incident), and whether any came from the generated demonstration set.
    /// </summary>
    public static async Task<HeldIncidents> IncidentsAsync(CspDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await Task.Run(() =>
        {
            var demo = false;
            var rows = Sql.Query(connection, null, """
                SELECT i.incident_id, i.line, i.occurred_on, i.occurred_at, i.category, i.x, i.y, i.victim_key, i.domestic,
                       CASE WHEN f.name LIKE @demo THEN 1 ELSE 0 END
                FROM incidents i JOIN import_files f ON f.id = i.file_id
                WHERE i.epsg = 27700
                """, (DbDataReader r) =>
                {
                    if (Convert.ToInt64(r.GetValue(9), CultureInfo.InvariantCulture) == 1) demo = true;
                    return new IncidentRecord(r.GetString(0), Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture),
                        DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                        r.IsDBNull(3) ? null : TimeOnly.ParseExact(r.GetString(3), "HH:mm", CultureInfo.InvariantCulture), r.GetString(4), 27700,
                        r.GetDouble(5), r.GetDouble(6), null, r.IsDBNull(7) ? null : r.GetString(7), null,
                        r.IsDBNull(8) ? null : Convert.ToInt64(r.GetValue(8), CultureInfo.InvariantCulture) == 1, null, null);
                }, ("demo", "%" + BriefingIncidents.DemoFileMarker + "%"));
            DateOnly? first = null, last = null;
            foreach (var r in rows)
            {
                if (first is null || r.Date < first) first = r.Date;
                if (last is null || r.Date > last) last = r.Date;
            }
            return new HeldIncidents(rows, first, last, demo);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The LSOAs of the districts (every lookup held), by district.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> DistrictOfLsoaAsync(CspDatabase database, IReadOnlyList<string> districtCodes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var parameters = districtCodes.Select((c, i) => ("d" + i.ToString(CultureInfo.InvariantCulture), (object?)c)).ToArray();
        var list = string.Join(", ", parameters.Select(p => "@" + p.Item1));
        var rows = Sql.Query(connection, null, $"SELECT DISTINCT lsoa_code, district_code FROM lsoa_memberships WHERE district_code IN ({list})",
            r => (Lsoa: r.GetString(0), District: r.GetString(1)), parameters);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (lsoa, district) in rows) map.TryAdd(lsoa, district);
        return map;
    }
}
