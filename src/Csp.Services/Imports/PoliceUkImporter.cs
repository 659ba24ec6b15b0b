using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Threading.Channels;
using Csp.Core.Imports;
using Csp.Core.Periods;
using Csp.Core.PoliceUk;
using Csp.Ingest.Csv;
using Csp.Ingest.PoliceUk;
using Csp.Ingest.Sources;
using Csp.Services.Storage;

namespace Csp.Services.Imports;

/// <summary>
/// Imports data.police.uk street-level files. The unit of idempotency is a force's month: the same content again changes
/// nothing; different content for a force and month (a later release) replaces that month whole. Each file is one
/// transaction, so a crash part way leaves the database as it was before the file.
/// </summary>
public sealed class PoliceUkImporter(CspDatabase database, TimeProvider clock)
{
    public const string Kind = "police-uk";
    private const int ChunkSize = 2048;

    private readonly Vocabulary<string> _forces = Names("police_forces");
    private readonly Vocabulary<string> _crimeTypes = Names("crime_types");
    private readonly Vocabulary<string> _outcomes = Names("outcome_categories");
    private readonly Vocabulary<string> _locations = Names("street_locations");
    private readonly Vocabulary<(string Code, string Name)> _lsoas = new("police_lsoas", ["code", "name"], r => (r.GetString(1), r.GetString(2)), k => [k.Code, k.Name]);

    /// <summary>How many issues a report carries; the quarantine table keeps all of them.</summary>
    public int ReportedIssueLimit { get; init; } = 200;

    public async Task<FileImportReport> ImportAsync(InputFile file, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        // Synchronous ADO.NET inside: per-row async calls would cost more than the rows. Run off the caller's thread.
        return await Task.Run(() => Import(file, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private FileImportReport Import(InputFile file, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var (hash, _) = ImportRegistry.Hash(file, cancellationToken);
        using var connection = database.OpenConnectionAsync(cancellationToken).GetAwaiter().GetResult();

        var previous = ImportRegistry.Previous(connection, null, Kind, hash);
        if (previous is not null && IsStillCurrent(connection, previous)) return ImportRegistry.Unchanged(connection, previous, file.Name, Kind, ReportedIssueLimit);

        FileImportReport report;
        using (var transaction = connection.BeginTransaction())
        {
            try
            {
                if (database.Provider == DatabaseProvider.PostgreSql)
                {
                    // One import at a time per database, as SQLite's write lock gives: vocabulary ids are assigned in memory.
                    Sql.Execute(connection, transaction, "SELECT pg_advisory_xact_lock(4242002)");
                }
                foreach (var vocabulary in Vocabularies) vocabulary.Refresh(connection, transaction);
                report = ImportRows(file, hash, connection, transaction, progress, cancellationToken);
                if (!Discard(report)) transaction.Commit();
            }
            catch
            {
                // The cache must go whatever the rollback does: its ids may not be in the database.
                ForgetVocabularies();
                try
                {
                    transaction.Rollback();
                }
                catch (DbException)
                {
                    // The original failure is the one to report; the connection is discarded with the transaction.
                }
                throw;
            }
            if (Discard(report))
            {
                // A truncated file that would replace a complete month: nothing of it is kept but the record of why.
                ForgetVocabularies();
                transaction.Rollback();
            }
            else
            {
                return report;
            }
        }
        using var record = connection.BeginTransaction();
        var fileId = ImportRegistry.Begin(connection, record, Kind, file.Name, hash, clock.GetUtcNow());
        ImportRegistry.Quarantine(connection, record, fileId, report.Issues.Where(i => i.Line == 0));
        var rejected = report with { RowsAdded = 0, RowsReplaced = 0, Units = [] };
        ImportRegistry.Complete(connection, record, fileId, rejected, report.Issues.FirstOrDefault(i => i.Line == 0)?.Message);
        record.Commit();
        return rejected;
    }

    /// <summary>A file rejected after rows were written (a truncated re-release) is rolled back rather than committed.</summary>
    private static bool Discard(FileImportReport report) => report.Outcome == FileOutcome.Rejected && report.RowsAdded > 0;

    /// <summary>An earlier import of the same content still stands if none of its force-months has been replaced since.</summary>
    private static bool IsStillCurrent(DbConnection connection, ImportRegistry.PreviousImport previous)
    {
        if (previous.Outcome == nameof(FileOutcome.Rejected)) return true;
        var units = previous.Units.Split("; ", StringSplitOptions.RemoveEmptyEntries).Length;
        var current = Sql.Long(connection, null, "SELECT count(*) FROM force_months WHERE file_id = @id", ("id", previous.Id));
        return current == units;
    }

    private FileImportReport ImportRows(InputFile file, string hash, DbConnection connection, DbTransaction transaction,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var fileId = ImportRegistry.Begin(connection, transaction, Kind, file.Name, hash, clock.GetUtcNow());
        var now = clock.GetUtcNow();
        using var stream = file.Open();
        // A pool per file: memory stays bounded by one file's distinct strings however many files a run imports.
        using var reader = new PoliceUkCsvReader(stream, file.Name, new YearMonth(now.Year, now.Month), new StringPool());
        var reported = new List<ImportIssue>();

        if (!reader.Open())
        {
            var issues = reader.TakeIssues();
            if (reader.FileError is { } error) issues.Insert(0, error);
            ImportRegistry.Quarantine(connection, transaction, fileId, issues);
            var rejected = new FileImportReport(file.Name, Kind, FileOutcome.Rejected, 0, 0, 0, 0, 0, 0, [], issues);
            ImportRegistry.Complete(connection, transaction, fileId, rejected, issues.FirstOrDefault()?.Message);
            return rejected;
        }

        // Two threads: this one writes chunks while a second parses and encodes the next ones (the CSV work and the
        // database work each take about half the time, and a machine has at least two cores).
        using var writer = StreetRecordWriter.Create(database.Provider, connection, transaction);
        var units = new Dictionary<(int Force, int Month), (string Name, long Rows)>();
        long added = 0, replaced = 0, withoutLocation = 0;
        var hadEarlier = false;
        var vocabulary = new List<Action<DbConnection, DbTransaction>>();
        // The force-months already held, read once: whether a chunk's first rows of a month replace earlier ones.
        var held = Sql.Query(connection, transaction, "SELECT force_id, month, rows FROM force_months",
                r => (Key: (Force: Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), Month: Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture)), Rows: r.GetInt64(2)))
            .ToDictionary(x => x.Key, x => x.Rows);
        var chunks = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => Produce(reader, () => stream.SourcePosition, fileId, units, ref withoutLocation, chunks.Writer, stop.Token), stop.Token);
        try
        {
            while (chunks.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
            {
                while (chunks.Reader.TryRead(out var chunk))
                {
                    // New vocabulary is written after the rows (no foreign keys), so that one bulk write can run per file.
                    vocabulary.AddRange(chunk.Vocabulary);
                    foreach (var key in chunk.NewUnits)
                    {
                        // First rows of this force and month in the file: whatever an earlier import holds for it is replaced.
                        if (!held.TryGetValue(key, out var existing)) continue;
                        writer.Close();
                        Sql.Execute(connection, transaction, "DELETE FROM street_records WHERE force_id = @f AND month = @m", ("f", key.Force), ("m", key.Month));
                        replaced += existing;
                        hadEarlier = true;
                    }
                    writer.Write(chunk.Rows.AsSpan(0, chunk.Count));
                    added += chunk.Count;
                    ArrayPool<EncodedStreetRecord>.Shared.Return(chunk.Rows);
                    if (chunk.Issues.Count > 0)
                    {
                        writer.Close();
                        ImportRegistry.Quarantine(connection, transaction, fileId, chunk.Issues);
                        // Keep the report short; a truncation notice (line 0) is always kept.
                        reported.AddRange(chunk.Issues.Where(i => reported.Count < ReportedIssueLimit || i.Line == 0));
                    }
                    progress?.Report(new ImportProgress(file.Name, chunk.SourcePosition, file.CompressedLength));
                }
            }
            producer.GetAwaiter().GetResult();
            writer.Close();
            foreach (var write in vocabulary) write(connection, transaction);
        }
        catch
        {
            stop.Cancel();
            try
            {
                producer.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // The writer's failure is the one to report.
            }
            throw;
        }
        progress?.Report(new ImportProgress(file.Name, file.CompressedLength, file.CompressedLength));

        foreach (var ((force, month), (_, rows)) in units)
        {
            Sql.Execute(connection, transaction, """
                INSERT INTO force_months (force_id, month, file_id, rows) VALUES (@f, @m, @file, @rows)
                ON CONFLICT (force_id, month) DO UPDATE SET file_id = excluded.file_id, rows = excluded.rows
                """, ("f", force), ("m", month), ("file", fileId), ("rows", rows));
        }

        var outcome = units.Count == 0 && reader.RowsQuarantined == reader.RowsRead && reader.RowsRead > 0 ? FileOutcome.Rejected
            : hadEarlier ? FileOutcome.Replaced : FileOutcome.Added;
        if (reader.Truncated && hadEarlier)
        {
            // A cut-off download must not replace a complete month already held: the caller rolls the rows back.
            outcome = FileOutcome.Rejected;
            reported.Insert(0, new ImportIssue(file.Name, 0, null,
                $"the file is truncated and would replace {replaced:N0} rows of a month already held: nothing was changed; download the file again."));
        }
        if (reader.RowsRead == 0 && !reader.Truncated)
        {
            var empty = new ImportIssue(file.Name, 0, null, "the file has a header but no data rows.");
            reported.Add(empty);
            ImportRegistry.Quarantine(connection, transaction, fileId, [empty]);
        }
        var report = new FileImportReport(file.Name, Kind, outcome, reader.RowsRead, added, 0, reader.RowsQuarantined, replaced, withoutLocation,
            units.Values.Select(u => u.Name).Order(StringComparer.Ordinal).ToList(), reported);
        var message = reader.Truncated ? reported.FirstOrDefault(i => i.Line == 0)?.Message : null;
        ImportRegistry.Complete(connection, transaction, fileId, report, message);
        return report;
    }

    /// <summary>A run of encoded rows with what must be written before them: new vocabulary, force-months to clear, issues.</summary>
    private sealed record Chunk(EncodedStreetRecord[] Rows, int Count, List<Action<DbConnection, DbTransaction>> Vocabulary,
        List<(int Force, int Month)> NewUnits, List<ImportIssue> Issues, long SourcePosition);

    /// <summary>The parsing side of the pipeline: reads and encodes rows and hands them over in chunks.</summary>
    private void Produce(PoliceUkCsvReader reader, Func<long> position, long fileId, Dictionary<(int Force, int Month), (string Name, long Rows)> units, ref long withoutLocation,
        ChannelWriter<Chunk> output, CancellationToken cancellationToken)
    {
        try
        {
            var rows = ArrayPool<EncodedStreetRecord>.Shared.Rent(ChunkSize);
            var count = 0;
            var newUnits = new List<(int, int)>();
            while (reader.TryRead(out var record))
            {
                ref var row = ref rows[count++];
                Encode(record, fileId, ref row);
                var key = (row.ForceId, row.Month);
                if (!units.TryGetValue(key, out var unit))
                {
                    newUnits.Add(key);
                    unit = ($"{record.ReportedBy} {record.Month}", 0);
                }
                units[key] = (unit.Name, unit.Rows + 1);
                if (!record.HasLocation) withoutLocation++;
                if (count == ChunkSize)
                {
                    Post(rows, count, newUnits);
                    rows = ArrayPool<EncodedStreetRecord>.Shared.Rent(ChunkSize);
                    (count, newUnits) = (0, []);
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
            Post(rows, count, newUnits);
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }

        void Post(EncodedStreetRecord[] rows, int count, List<(int, int)> newUnits)
        {
            var vocabulary = Vocabularies.Select(v => v.Detach()).OfType<Action<DbConnection, DbTransaction>>().ToList();
            var chunk = new Chunk(rows, count, vocabulary, newUnits, reader.TakeIssues(), position());
            // Blocks while the writer is four chunks behind: memory stays bounded.
            output.WriteAsync(chunk, cancellationToken).AsTask().GetAwaiter().GetResult();
        }
    }

    private void Encode(in StreetRecord record, long fileId, ref EncodedStreetRecord row)
    {
        row.ForceId = _forces.Id(record.ReportedBy);
        row.Month = record.Month.Number;
        row.Line = record.Line;
        row.FileId = fileId;
        row.CrimeId = record.CrimeId;
        row.FallsWithinId = ReferenceEquals(record.FallsWithin, record.ReportedBy) ? row.ForceId : _forces.Id(record.FallsWithin);
        row.Longitude = record.Longitude;
        row.Latitude = record.Latitude;
        row.LocationId = record.Location is null ? null : _locations.Id(record.Location);
        row.LsoaId = record.LsoaCode is null ? null : _lsoas.Id((record.LsoaCode, record.LsoaName ?? ""));
        row.CrimeTypeId = _crimeTypes.Id(record.CrimeType);
        row.OutcomeId = record.LastOutcomeCategory is null ? null : _outcomes.Id(record.LastOutcomeCategory);
        row.Context = record.Context;
    }

    private static Vocabulary<string> Names(string table) => new(table, ["name"], r => r.GetString(1), k => [k]);

    private IVocabulary[] Vocabularies => [_forces, _crimeTypes, _outcomes, _locations, _lsoas];

    private void ForgetVocabularies()
    {
        foreach (var vocabulary in Vocabularies) vocabulary.Forget();
    }
}
