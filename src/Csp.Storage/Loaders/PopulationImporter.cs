using System.Data.Common;
using Csp.Core.Imports;
using Csp.Core.Population;
using Csp.Ingest.Population;
using Csp.Ingest.Sources;
using Csp.Storage;

namespace Csp.Storage.Loaders;

/// <summary>
/// Loads ONS population estimates (MYE2 CSV or the published XLSX, LSOA estimates, Census 2021 counts), keeping single
/// years of age. An estimate is keyed by area, year, source and age band: loading a revised file updates it in place.
/// </summary>
public sealed class PopulationImporter(CspDatabase database, TimeProvider clock)
{
    public const string Kind = "population";

    /// <summary>Keep the rows read from a file whose data breaks off (--keep-partial), marking it incomplete; else it is rejected whole.</summary>
    public bool KeepPartial { get; init; }

    public async Task<FileImportReport> ImportAsync(InputFile file, int? year, CancellationToken cancellationToken) =>
        await Task.Run(() => Import(file, year, cancellationToken), cancellationToken).ConfigureAwait(false);

    private FileImportReport Import(InputFile file, int? year, CancellationToken cancellationToken) =>
        ImportRegistry.ImportOnce(database, clock, file, Kind, KeepPartial, (connection, transaction, fileId) => Load(file, year, connection, transaction, fileId, cancellationToken), cancellationToken);

    private static (FileImportReport, string?, bool) Load(InputFile file, int? year, DbConnection connection, DbTransaction transaction, long fileId, CancellationToken cancellationToken)
    {
        long read, written = 0, replaced = 0;
        List<ImportIssue> issues;
        ImportIssue? fileError;
        var truncated = false;
        var units = new SortedSet<string>(StringComparer.Ordinal);
        using (var upsert = new EstimateUpsert(connection, transaction, fileId))
        {
            if (file.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                using var stream = file.Open();
                var result = PopulationXlsxReader.Read(stream, file.Name, year);
                foreach (var e in result.Estimates) written = Count(upsert, written, units, e);
                (read, issues, fileError) = (result.RowsRead, result.Issues.ToList(), result.FileError);
            }
            else
            {
                using var stream = file.Open();
                using var reader = new PopulationCsvReader(stream, file.Name, year);
                if (reader.Open())
                {
                    foreach (var e in reader.Rows())
                    {
                        written = Count(upsert, written, units, e);
                        if (written % 65536 == 0) cancellationToken.ThrowIfCancellationRequested();
                    }
                }
                (read, issues, fileError, truncated) = (reader.RowsRead, reader.Issues.ToList(), reader.FileError, reader.Truncated);
            }
            upsert.Flush();
            replaced = upsert.Replaced;
        }
        if (fileError is not null) issues.Insert(0, fileError);
        ImportRegistry.Quarantine(connection, transaction, fileId, issues);
        var outcome = fileError is not null ? FileOutcome.Rejected : replaced > 0 ? FileOutcome.Replaced : FileOutcome.Added;
        var report = new FileImportReport(file.Name, Kind, outcome, read, written - replaced, 0, issues.Count(i => i.Line > 0), replaced, 0, units.ToList(), issues.Take(200).ToList());
        return (report with { Truncated = truncated }, fileError?.Message ?? (truncated ? issues.FirstOrDefault(i => i.Line == 0)?.Message : null), truncated);
    }

    private static long Count(EstimateUpsert upsert, long written, SortedSet<string> units, PopulationEstimate e)
    {
        upsert.Write(e);
        units.Add($"{e.Source} {e.Year}");
        return written + 1;
    }

    /// <summary>
    /// Upserts of estimates (prepared on SQLite, batched on PostgreSQL: <see cref="StatementBatch"/>), counting those that
    /// replace a value held for the same area, year, source and age band, whether held before this file or written earlier
    /// from it.
    /// </summary>
    private sealed class EstimateUpsert : IDisposable
    {
        private readonly DbCommand _exists;
        private readonly DbCommand _upsert;
        private readonly StatementBatch _writes;
        private readonly StatementBatch _checks;
        private readonly HashSet<(string Area, int Year, string Source, string Band)> _written = [];

        /// <summary>How many estimates written replaced a value held for the same key (once <see cref="Flush"/> has run).</summary>
        public long Replaced { get; private set; }

        public EstimateUpsert(DbConnection connection, DbTransaction transaction, long fileId)
        {
            _exists = Sql.Command(connection, transaction,
                "SELECT count(*) FROM population_estimates WHERE area_code = @a AND year = @y AND source = @s AND age_band = @b",
                ("a", ""), ("y", 0), ("s", ""), ("b", ""));
            _upsert = Sql.Command(connection, transaction, """
                INSERT INTO population_estimates (area_code, year, source, age_band, persons, file_id) VALUES (@a, @y, @s, @b, @p, @f)
                ON CONFLICT (area_code, year, source, age_band) DO UPDATE SET persons = excluded.persons, file_id = excluded.file_id
                """, ("a", ""), ("y", 0), ("s", ""), ("b", ""), ("p", 0L), ("f", fileId));
            _writes = new StatementBatch(connection, transaction);
            _checks = new StatementBatch(connection, transaction);
            if (!_writes.Queues)
            {
                _exists.Prepare();
                _upsert.Prepare();
            }
        }

        public void Write(PopulationEstimate e)
        {
            for (var i = 0; i < 4; i++)
            {
                object value = i switch { 0 => e.AreaCode, 1 => e.Year, 2 => e.Source, _ => e.AgeBand };
                _exists.Parameters[i].Value = value;
                _upsert.Parameters[i].Value = value;
            }
            _upsert.Parameters[4].Value = e.Persons;
            if (!_writes.Queues)
            {
                // SQLite, in the process: asked and written one by one.
                if (Convert.ToInt64(_exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0) Replaced++;
                _upsert.ExecuteNonQuery();
                return;
            }
            // PostgreSQL: a key already written in this batch replaces that write; any other is asked of the database
            // before the batch's writes are sent, which holds what came before this batch.
            if (_written.Add((e.AreaCode, e.Year, e.Source, e.AgeBand))) _checks.Queue(_exists);
            else Replaced++;
            _writes.Queue(_upsert);
            if (_writes.Count >= StatementBatch.Size) Flush();
        }

        /// <summary>Asks what the queued writes replace, then sends them.</summary>
        public void Flush()
        {
            Replaced += _checks.Scalars().Count(n => n > 0);
            _writes.Flush();
            _written.Clear();
        }

        public void Dispose()
        {
            _writes.Dispose();
            _checks.Dispose();
            _exists.Dispose();
            _upsert.Dispose();
        }
    }
}
