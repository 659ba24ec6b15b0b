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
/// holds whole, and the incidents of those districts by the LSOA each was placed in at import (migration 0026), for
/// incident counts and domestic abuse repeat victims.
/// </summary>
public static class CountedSources
{
    /// <summary>police.uk records of each district by month and crime type (with those that count once over the districts:
    /// <see cref="PoliceCell.OnceRecords"/>), and the months held whole for each district.</summary>
    public static async Task<PoliceMonths> PoliceAsync(CspDatabase database, IReadOnlyList<string> districtCodes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await Task.Run(() =>
        {
            var parameters = districtCodes.Select((c, i) => ("d" + i.ToString(CultureInfo.InvariantCulture), (object?)c)).ToArray();
            var list = string.Join(", ", parameters.Select(p => "@" + p.Item1));
            // One row per district, month and crime type; an LSOA listed by both lookups (2011 and 2021 codes that are the
            // same) is one LSOA (DISTINCT), and the counts of every force in it are added up as the assessment adds them.
            // An LSOA two of the districts list (a boundary change between lookups) is in each district's records, and in the
            // first (by code) district's "once" records only, so that those added up over the districts count it once.
            // The LSOA ids of the districts first (a few hundred), then one pass over street_counts matching them: SQLite
            // plans this as a scan of the counts against an index of the ids (milliseconds), where joining the names scanned slowly.
            var typeNames = Sql.Query(connection, null, "SELECT id, name FROM crime_types",
                r => (Id: Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), Name: r.GetString(1))).ToDictionary(t => t.Id, t => t.Name);
            var cells = Sql.Query(connection, null, $"""
                SELECT d.district_code, sc.month, sc.crime_type_id, sum(sc.records), sum(CASE WHEN d.is_first = 1 THEN sc.records ELSE 0 END)
                FROM street_counts sc
                JOIN (SELECT DISTINCT pl.id, m.district_code, CASE WHEN m.district_code = o.district_code THEN 1 ELSE 0 END AS is_first
                      FROM lsoa_memberships m JOIN police_lsoas pl ON pl.code = m.lsoa_code
                      JOIN (SELECT lsoa_code, min(district_code) AS district_code FROM lsoa_memberships WHERE district_code IN ({list}) GROUP BY lsoa_code) o
                        ON o.lsoa_code = m.lsoa_code
                      WHERE m.district_code IN ({list})) d ON d.id = sc.lsoa_id
                GROUP BY d.district_code, sc.month, sc.crime_type_id
                """, r => new PoliceCell(r.GetString(0), YearMonth.FromNumber(Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture)),
                    typeNames[Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture)], Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture),
                    Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture)), parameters);
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
    /// The days incidents are held (the first and last date of any incident in British National Grid, every area: the
    /// months held whole are the same for every district), and whether any came from the generated demonstration set.
    /// </summary>
    public static async Task<HeldIncidents> IncidentSpanAsync(CspDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await Task.Run(() =>
        {
            var (first, last) = Sql.Query(connection, null, "SELECT min(occurred_on), max(occurred_on) FROM incidents WHERE epsg = 27700",
                r => (r.IsDBNull(0) ? (DateOnly?)null : Day(r.GetString(0)), r.IsDBNull(1) ? (DateOnly?)null : Day(r.GetString(1)))).Single();
            var demo = Sql.Long(connection, null, """
                SELECT count(*) FROM import_files f
                WHERE f.kind = 'incidents' AND f.name LIKE @demo AND EXISTS (SELECT 1 FROM incidents i WHERE i.file_id = f.id AND i.epsg = 27700)
                """, ("demo", "%" + BriefingIncidents.DemoFileMarker + "%")) > 0;
            return new HeldIncidents(first, last, demo);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The incidents of the districts from <paramref name="from"/> to <paramref name="to"/> (both included), counted by
    /// district, month, category and domestic flag: one SQL pass over the districts' LSOAs (<c>incidents.lsoa_code</c>,
    /// migration 0026) and the days asked, never every incident held. With <paramref name="oncePerLsoa"/>, an LSOA two of
    /// the districts list counts in one of them only (for a total over the districts), else in each.
    /// </summary>
    public static async Task<IReadOnlyList<IncidentMonthCount>> IncidentMonthsAsync(CspDatabase database, IReadOnlyList<string> districtCodes, DateOnly from, DateOnly to,
        bool oncePerLsoa, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var (districts, parameters) = DistrictLsoas(districtCodes, from, to, oncePerLsoa);
        return await Task.Run(() => Sql.Query(connection, null, $"""
            SELECT d.district_code, substr(i.occurred_on, 1, 7), i.category, i.domestic, count(*)
            FROM incidents i JOIN ({districts}) d ON d.lsoa_code = i.lsoa_code
            WHERE i.epsg = 27700 AND i.occurred_on >= @from AND i.occurred_on <= @to
            GROUP BY d.district_code, substr(i.occurred_on, 1, 7), i.category, i.domestic
            """, r => new IncidentMonthCount(r.GetString(0), YearMonth.Parse(r.GetString(1)), r.GetString(2),
                r.IsDBNull(3) ? null : Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture) == 1, Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture)),
            parameters), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The incidents flagged domestic of the districts from <paramref name="from"/> to <paramref name="to"/> (both included),
    /// each with its district: what the repeat share reads (its periods and their look-back), read by SQL.
    /// </summary>
    public static async Task<IReadOnlyList<(string District, IncidentRecord Incident)>> DomesticIncidentsAsync(CspDatabase database, IReadOnlyList<string> districtCodes,
        DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var (districts, parameters) = DistrictLsoas(districtCodes, from, to, false);
        return await Task.Run(() => Sql.Query(connection, null, $"""
            SELECT d.district_code, i.incident_id, i.line, i.occurred_on, i.occurred_at, i.category, i.x, i.y, i.victim_key
            FROM incidents i JOIN ({districts}) d ON d.lsoa_code = i.lsoa_code
            WHERE i.epsg = 27700 AND i.domestic = 1 AND i.occurred_on >= @from AND i.occurred_on <= @to
            """, (DbDataReader r) => (r.GetString(0), new IncidentRecord(r.GetString(1), Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture), Day(r.GetString(3)),
                r.IsDBNull(4) ? null : TimeOnly.ParseExact(r.GetString(4), "HH:mm", CultureInfo.InvariantCulture), r.GetString(5), 27700,
                r.GetDouble(6), r.GetDouble(7), null, r.IsDBNull(8) ? null : r.GetString(8), null, true, null, null)),
            parameters), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The LSOAs of the districts (every lookup held) as a subquery of <c>lsoa_code, district_code</c>. An LSOA that two of
    /// the districts list (a boundary change between lookups) is in each district's figures; with
    /// <paramref name="oncePerLsoa"/> it is in the first district's only, so that figures added up over the districts (a
    /// partnership's) count its incidents once.
    /// </summary>
    private static (string Sql, (string, object?)[] Parameters) DistrictLsoas(IReadOnlyList<string> districtCodes, DateOnly from, DateOnly to, bool oncePerLsoa)
    {
        var parameters = districtCodes.Select((c, i) => ("d" + i.ToString(CultureInfo.InvariantCulture), (object?)c)).ToList();
        var list = string.Join(", ", parameters.Select(p => "@" + p.Item1));
        parameters.Add(("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        parameters.Add(("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return (oncePerLsoa
            ? $"SELECT lsoa_code, min(district_code) AS district_code FROM lsoa_memberships WHERE district_code IN ({list}) GROUP BY lsoa_code"
            : $"SELECT DISTINCT lsoa_code, district_code FROM lsoa_memberships WHERE district_code IN ({list})", [.. parameters]);
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
