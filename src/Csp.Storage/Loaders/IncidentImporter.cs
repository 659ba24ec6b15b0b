using System.Data.Common;
using System.Globalization;
using Csp.Core.Imports;
using Csp.Core.Incidents;
using Csp.Ingest.Incidents;
using Csp.Ingest.Sources;
using Csp.Storage;

namespace Csp.Storage.Loaders;

/// <summary>
/// Loads dated incident records. The same file again changes nothing; an incident id seen before is updated in place
/// (a partner's later extract corrects its records), and counted as replaced. One transaction per file, in which each
/// incident is placed in its LSOA (<see cref="IncidentPlacement"/>).
/// </summary>
public sealed class IncidentImporter(CspDatabase database, TimeProvider clock)
{
    public const string Kind = "incidents";

    /// <summary>Keep the rows read from a file whose data breaks off (--keep-partial), marking it incomplete; else it is rejected whole.</summary>
    public bool KeepPartial { get; init; }

    /// <summary>
    /// When set, the file replaces every incident whose id starts with this (in the same transaction): the generated demo
    /// set (<c>DEMO-</c>), moved forward to today, replaces its last load instead of leaving rows at yesterday's dates.
    /// </summary>
    public string? ReplacingIdPrefix { get; init; }

    public async Task<FileImportReport> ImportAsync(InputFile file, int epsg, CancellationToken cancellationToken) =>
        await Task.Run(() => Import(file, epsg, cancellationToken), cancellationToken).ConfigureAwait(false);

    private FileImportReport Import(InputFile file, int epsg, CancellationToken cancellationToken) =>
        ImportRegistry.ImportOnce(database, clock, file, Kind, KeepPartial, (connection, transaction, fileId) => Load(file, epsg, connection, transaction, fileId, ReplacingIdPrefix), cancellationToken);

    private static (FileImportReport, string?, bool) Load(InputFile file, int epsg, DbConnection connection, DbTransaction transaction, long fileId, string? replacing)
    {
        if (!string.IsNullOrEmpty(replacing))
        {
            Sql.Execute(connection, transaction, "DELETE FROM incidents WHERE substr(incident_id, 1, @n) = @prefix", ("n", replacing.Length), ("prefix", replacing));
        }
        using var stream = file.Open();
        using var reader = new IncidentCsvReader(stream, file.Name, epsg);
        var issues = new List<ImportIssue>();
        long added = 0, replaced = 0;
        var categories = new SortedSet<string>(StringComparer.Ordinal);
        if (reader.Open())
        {
            using var exists = Sql.Command(connection, transaction, "SELECT count(*) FROM incidents WHERE incident_id = @id", ("id", ""));
            using var upsert = Sql.Command(connection, transaction, """
                INSERT INTO incidents (incident_id, file_id, line, occurred_on, occurred_at, category, epsg, x, y, location, victim_key, location_key, domestic, hate, alcohol)
                VALUES (@id, @file, @line, @on, @at, @category, @epsg, @x, @y, @location, @victim, @lkey, @domestic, @hate, @alcohol)
                ON CONFLICT (incident_id) DO UPDATE SET file_id = excluded.file_id, line = excluded.line, occurred_on = excluded.occurred_on,
                    occurred_at = excluded.occurred_at, category = excluded.category, epsg = excluded.epsg, x = excluded.x, y = excluded.y,
                    location = excluded.location, victim_key = excluded.victim_key, location_key = excluded.location_key,
                    domestic = excluded.domestic, hate = excluded.hate, alcohol = excluded.alcohol, lsoa_code = NULL
                """, ("id", ""), ("file", fileId), ("line", 0L), ("on", ""), ("at", null), ("category", ""), ("epsg", 0), ("x", 0.0), ("y", 0.0),
                ("location", null), ("victim", null), ("lkey", null), ("domestic", null), ("hate", null), ("alcohol", null));
            exists.Prepare();
            upsert.Prepare();
            foreach (var r in reader.Rows())
            {
                exists.Parameters[0].Value = r.IncidentId;
                var seen = Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
                object?[] values =
                [
                    r.IncidentId, fileId, r.Line, r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
                    r.Category, r.Epsg, r.X, r.Y, r.Location, r.VictimKey, r.LocationKey, Flag(r.Domestic), Flag(r.Hate), Flag(r.Alcohol),
                ];
                for (var i = 0; i < values.Length; i++) upsert.Parameters[i].Value = values[i] ?? DBNull.Value;
                upsert.ExecuteNonQuery();
                if (seen) replaced++;
                else added++;
                categories.Add(r.Category);
            }
            // The LSOA of each incident loaded (and of any not placed before), recorded now so that counts by area read it by SQL.
            IncidentPlacement.Place(connection, transaction, CancellationToken.None);
        }
        issues.AddRange(reader.TakeIssues());
        if (reader.FileError is { } error) issues.Insert(0, error);
        ImportRegistry.Quarantine(connection, transaction, fileId, issues);
        var outcome = reader.FileError is not null ? FileOutcome.Rejected : replaced > 0 ? FileOutcome.Replaced : FileOutcome.Added;
        var report = new FileImportReport(file.Name, Kind, outcome, reader.RowsRead, added, 0, issues.Count(i => i.Line > 0), replaced, 0,
            categories.Select(c => $"incidents: {c}").ToList(), issues.Take(200).ToList());
        return (report, reader.FileError?.Message ?? (reader.Truncated ? issues.FirstOrDefault(i => i.Line == 0)?.Message : null), reader.Truncated);
    }

    private static object? Flag(bool? value) => value is null ? null : value.Value ? 1 : 0;

    /// <summary>Incidents of a category (any case) between two dates inclusive, as near-repeat events.</summary>
    public static async Task<IReadOnlyList<Core.NearRepeat.NearRepeatEvent>> EventsAsync(CspDatabase database, string category, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return Sql.Query(connection, null, """
            SELECT x, y, occurred_on FROM incidents WHERE lower(category) = lower(@category) AND occurred_on >= @from AND occurred_on <= @to ORDER BY occurred_on
            """, (DbDataReader r) => new Core.NearRepeat.NearRepeatEvent(r.GetDouble(0), r.GetDouble(1), DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("category", category), ("from", (from ?? DateOnly.MinValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("to", (to ?? DateOnly.MaxValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }
}
