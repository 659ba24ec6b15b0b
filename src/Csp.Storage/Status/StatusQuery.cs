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
        var months = Sql.Query(connection, null, """
            SELECT f.name, m.month, m.rows FROM force_months m JOIN police_forces f ON f.id = m.force_id ORDER BY f.name, m.month
            """, r => new ForceMonthRows(r.GetString(0), YearMonth.FromNumber(Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)).ToString(), r.GetInt64(2)));
        var forces = months.GroupBy(m => m.Force).Select(g =>
        {
            var held = g.Select(m => YearMonth.Parse(m.Month)).ToList();
            return new ForceCoverage(g.Key, g.First().Month, g.Last().Month, g.Count(), g.Sum(m => m.Rows),
                MonthCoverage.MissingWithin(held).Select(m => m.ToString()).ToList());
        }).ToList();
        var areas = Sql.Query(connection, null, "SELECT level, count(*) FROM areas GROUP BY level", r => (r.GetString(0), r.GetInt64(1)))
            .ToDictionary(x => x.Item1, x => x.Item2);
        var population = Sql.Query(connection, null, """
            SELECT source, year, count(*) FROM population_estimates WHERE age_band = 'all' GROUP BY source, year ORDER BY year, source
            """, r => new PopulationCoverage(r.GetString(0), Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), r.GetInt64(2)));
        return new DatabaseStatus(
            database.Description,
            migrations,
            months.Sum(m => m.Rows),
            forces,
            months,
            areas,
            population,
            Sql.Long(connection, null, "SELECT count(*) FROM import_files"),
            Sql.Long(connection, null, "SELECT count(*) FROM quarantined_rows"));
    }
}
