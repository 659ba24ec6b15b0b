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

    public async Task<FileImportReport> ImportAsync(InputFile file, int? year, CancellationToken cancellationToken) =>
        await Task.Run(() => Import(file, year, cancellationToken), cancellationToken).ConfigureAwait(false);

    private FileImportReport Import(InputFile file, int? year, CancellationToken cancellationToken) =>
        ImportRegistry.ImportOnce(database, clock, file, Kind, (connection, transaction, fileId) => Load(file, year, connection, transaction, fileId, cancellationToken), cancellationToken);

    private static (FileImportReport, string?) Load(InputFile file, int? year, DbConnection connection, DbTransaction transaction, long fileId, CancellationToken cancellationToken)
    {
        long read, written = 0, replaced = 0;
        List<ImportIssue> issues;
        ImportIssue? fileError;
        var units = new SortedSet<string>(StringComparer.Ordinal);
        using (var upsert = new EstimateUpsert(connection, transaction, fileId))
        {
            if (file.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                using var stream = file.Open();
                var result = PopulationXlsxReader.Read(stream, file.Name, year);
                foreach (var e in result.Estimates) (written, replaced) = Count(upsert.Write(e), written, replaced, units, e);
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
                        (written, replaced) = Count(upsert.Write(e), written, replaced, units, e);
                        if (written % 65536 == 0) cancellationToken.ThrowIfCancellationRequested();
                    }
                }
                (read, issues, fileError) = (reader.RowsRead, reader.Issues.ToList(), reader.FileError);
            }
        }
        if (fileError is not null) issues.Insert(0, fileError);
        ImportRegistry.Quarantine(connection, transaction, fileId, issues);
        var outcome = fileError is not null ? FileOutcome.Rejected : replaced > 0 ? FileOutcome.Replaced : FileOutcome.Added;
        var report = new FileImportReport(file.Name, Kind, outcome, read, written - replaced, 0, issues.Count(i => i.Line > 0), replaced, 0, units.ToList(), issues.Take(200).ToList());
        return (report, fileError?.Message);
    }

    private static (long Written, long Replaced) Count(bool existed, long written, long replaced, SortedSet<string> units, PopulationEstimate e)
    {
        units.Add($"{e.Source} {e.Year}");
        return (written + 1, replaced + (existed ? 1 : 0));
    }

    private sealed class EstimateUpsert : IDisposable
    {
        private readonly DbCommand _exists;
        private readonly DbCommand _upsert;

        public EstimateUpsert(DbConnection connection, DbTransaction transaction, long fileId)
        {
            _exists = Sql.Command(connection, transaction,
                "SELECT count(*) FROM population_estimates WHERE area_code = @a AND year = @y AND source = @s AND age_band = @b",
                ("a", ""), ("y", 0), ("s", ""), ("b", ""));
            _upsert = Sql.Command(connection, transaction, """
                INSERT INTO population_estimates (area_code, year, source, age_band, persons, file_id) VALUES (@a, @y, @s, @b, @p, @f)
                ON CONFLICT (area_code, year, source, age_band) DO UPDATE SET persons = excluded.persons, file_id = excluded.file_id
                """, ("a", ""), ("y", 0), ("s", ""), ("b", ""), ("p", 0L), ("f", fileId));
            _exists.Prepare();
            _upsert.Prepare();
        }

        /// <summary>Writes the estimate; true when it replaced an earlier value for the same key.</summary>
        public bool Write(PopulationEstimate e)
        {
            for (var i = 0; i < 4; i++)
            {
                object value = i switch { 0 => e.AreaCode, 1 => e.Year, 2 => e.Source, _ => e.AgeBand };
                _exists.Parameters[i].Value = value;
                _upsert.Parameters[i].Value = value;
            }
            var existed = Convert.ToInt64(_exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
            _upsert.Parameters[4].Value = e.Persons;
            _upsert.ExecuteNonQuery();
            return existed;
        }

        public void Dispose()
        {
            _exists.Dispose();
            _upsert.Dispose();
        }
    }
}
