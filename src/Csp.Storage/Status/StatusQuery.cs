using Csp.Core.Periods;
using Csp.Storage;

namespace Csp.Storage.Status;

/// <summary>Reads <see cref="DatabaseStatus"/> with a few set-based queries (no row scans: months come from <c>force_months</c>).</summary>
public static class StatusQuery
{
    public static async Task<DatabaseStatus> ReadAsync(CspDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var migrations = Sql.Query(connection, null, "SELECT id FROM schema_migrations ORDER BY id", r => r.GetString(0));
        var months = ForceMonthsHeld.Read(connection).Select(m => new ForceMonthRows(m.Force, m.Month.ToString(), m.Rows, m.Incomplete)).ToList();
        var forces = months.GroupBy(m => m.Force).Select(g =>
        {
            var held = g.Select(m => YearMonth.Parse(m.Month)).ToList();
            return new ForceCoverage(g.Key, g.First().Month, g.Last().Month, g.Count(), g.Sum(m => m.Rows),
                MonthCoverage.MissingWithin(held).Select(m => m.ToString()).ToList(),
                g.Where(m => m.Incomplete is not null).Select(m => m.Month).ToList());
        }).ToList();
        var areas = Sql.Query(connection, null, "SELECT level, count(*) FROM areas GROUP BY level", r => (r.GetString(0), r.GetInt64(1)))
            .ToDictionary(x => x.Item1, x => x.Item2);
        var population = Sql.Query(connection, null, """
            SELECT p.source, p.year, count(*), coalesce(max(i.kept_partial), 0) FROM population_estimates p LEFT JOIN import_files i ON i.id = p.file_id
            WHERE p.age_band = 'all' GROUP BY p.source, p.year ORDER BY p.year, p.source
            """, r => new PopulationCoverage(r.GetString(0), Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), r.GetInt64(2),
                Convert.ToInt32(r.GetValue(3), System.Globalization.CultureInfo.InvariantCulture) == 1));
        var partial = Sql.Query(connection, null, "SELECT kind, name, rows_added, message FROM import_files WHERE kept_partial = 1 ORDER BY id",
            r => new PartialFile(r.GetString(0), r.GetString(1), r.GetInt64(2), r.IsDBNull(3) ? null : r.GetString(3)));
        return new DatabaseStatus(
            database.Description,
            migrations,
            months.Sum(m => m.Rows),
            forces,
            months,
            areas,
            population,
            Sql.Long(connection, null, "SELECT count(*) FROM import_files"),
            Sql.Long(connection, null, "SELECT count(*) FROM quarantined_rows"),
            partial);
    }
}
