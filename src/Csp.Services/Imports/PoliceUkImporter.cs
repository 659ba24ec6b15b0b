using System.Collections.Concurrent;
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

    // Kept for the whole run, so that files do not each allocate (and the GC collect) their buffers again. The string pool
    // is emptied for each file: memory stays bounded by one file's distinct strings, and its tables stay small enough to
    // be found in the processor's cache.
    private readonly PgBinaryRows _copyBuffer = new();
    private readonly ConcurrentStack<StreetRecordChunk> _chunks = new();
    private readonly StringPool _strings = new();

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

    /// <summary>A force-month held before this file: its rows and the file they came from.</summary>
    private readonly record struct HeldMonth(long Rows, long FileId);

    private FileImportReport ImportRows(InputFile file, string hash, DbConnection connection, DbTransaction transaction,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var (fileId, held) = BeginFile(file, hash, connection, transaction);
        var now = clock.GetUtcNow();
        using var stream = file.Open();
        _strings.Clear();
        using var reader = new PoliceUkCsvReader(stream, file.Name, new YearMonth(now.Year, now.Month), _strings, crimeIdAsUtf8: true);
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

        using var writer = StreetRecordWriter.Create(database.Provider, connection, transaction, _copyBuffer);
        var units = new Dictionary<(int Force, int Month), (string Name, long Rows)>();
        long added = 0, replaced = 0, withoutLocation = 0;
        var hadEarlier = false;

        // Everything a chunk of encoded rows needs, in file order: clear what it replaces, write it, quarantine its issues.
        void Take(Chunk chunk)
        {
            foreach (var key in chunk.NewUnits)
            {
                // First rows of this force and month in the file: whatever an earlier import holds for it is replaced.
                if (!held.TryGetValue(key, out var earlier)) continue;
                writer.Close();
                Sql.Execute(connection, transaction, "DELETE FROM street_records WHERE file_id = @file AND force_id = @f AND month = @m",
                    ("file", earlier.FileId), ("f", key.Force), ("m", key.Month));
                replaced += earlier.Rows;
                hadEarlier = true;
            }
            writer.Write(chunk.Rows);
            added += chunk.Rows.Count;
            chunk.Rows.Clear();
            _chunks.Push(chunk.Rows);
            if (chunk.Issues.Count > 0)
            {
                writer.Close();
                ImportRegistry.Quarantine(connection, transaction, fileId, chunk.Issues);
                // Keep the report short; a truncation notice (line 0) is always kept.
                reported.AddRange(chunk.Issues.Where(i => reported.Count < ReportedIssueLimit || i.Line == 0));
            }
            progress?.Report(new ImportProgress(file.Name, chunk.SourcePosition, file.CompressedLength));
        }

        if (writer.WritesInProcess)
        {
            // SQLite does its work on the writing thread: a second thread parses and encodes the next chunks meanwhile
            // (the CSV work and the database work each take about half the time, and a machine has at least two cores).
            PipeThroughSecondThread(reader, () => stream.SourcePosition, fileId, units, ref withoutLocation, Take, cancellationToken);
        }
        else
        {
            // The server does the database work in its own process, on the other core: parsing, encoding and sending on
            // this one thread keeps both busy without handing chunks between threads.
            Produce(reader, () => stream.SourcePosition, fileId, units, ref withoutLocation, Take, cancellationToken);
        }
        writer.Close();
        progress?.Report(new ImportProgress(file.Name, file.CompressedLength, file.CompressedLength));

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
        EndFile(connection, transaction, fileId, units, report, message);
        return report;
    }

    /// <summary>
    /// The file's first statements, sent together (one round trip to a server): the import lock, whether the vocabularies
    /// grew behind the cache, the file's registration and the force-months already held.
    /// </summary>
    private (long FileId, Dictionary<(int Force, int Month), HeldMonth> Held) BeginFile(InputFile file, string hash, DbConnection connection, DbTransaction transaction)
    {
        var postgres = database.Provider == DatabaseProvider.PostgreSql;
        // One import at a time per database, as SQLite's write lock gives: vocabulary ids are assigned in memory.
        var lockSql = postgres ? "SELECT pg_advisory_xact_lock(4242002);\n" : "";
        var (register, parameters) = ImportRegistry.BeginStatement(Kind, file.Name, hash, clock.GetUtcNow());
        using var command = Sql.Command(connection, transaction, $"""
            {lockSql}SELECT {string.Join(", ", Vocabularies.Select(v => v.MaxIdSql))};
            {register};
            SELECT force_id, month, rows, file_id FROM force_months
            """, parameters);
        using var reader = command.ExecuteReader();
        if (postgres) reader.NextResult();
        reader.Read();
        var vocabularies = Vocabularies;
        var maxIds = vocabularies.Select((_, i) => Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture)).ToArray();
        reader.NextResult();
        reader.Read();
        var fileId = reader.GetInt64(0);
        reader.NextResult();
        var held = new Dictionary<(int Force, int Month), HeldMonth>();
        while (reader.Read())
        {
            var key = (Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture));
            held[key] = new HeldMonth(reader.GetInt64(2), reader.GetInt64(3));
        }
        reader.Close();
        for (var i = 0; i < maxIds.Length; i++) vocabularies[i].Refresh(connection, transaction, maxIds[i]);
        return (fileId, held);
    }

    /// <summary>
    /// The file's last statements, sent together: the vocabulary it added (after the rows: there are no foreign keys, and
    /// the parsing has assigned every id by now), its force-months and its outcome.
    /// </summary>
    private void EndFile(DbConnection connection, DbTransaction transaction, long fileId, Dictionary<(int Force, int Month), (string Name, long Rows)> units,
        FileImportReport report, string? message)
    {
        using var command = Sql.Command(connection, transaction, "");
        var sql = new List<string>();
        foreach (var vocabulary in Vocabularies)
        {
            if (vocabulary.WriteNew(connection, transaction, command) is { } insert) sql.Add(insert);
        }
        var n = 0;
        foreach (var ((force, month), (_, rows)) in units)
        {
            var i = (n++).ToString(CultureInfo.InvariantCulture);
            sql.Add($"""
                INSERT INTO force_months (force_id, month, file_id, rows) VALUES (@f{i}, @m{i}, @file, @rows{i})
                ON CONFLICT (force_id, month) DO UPDATE SET file_id = excluded.file_id, rows = excluded.rows
                """);
            Sql.Add(command, ("f" + i, force), ("m" + i, month), ("rows" + i, rows));
        }
        Sql.Add(command, ("file", fileId));
        var (complete, parameters) = ImportRegistry.CompleteStatement(fileId, report, message);
        sql.Add(complete);
        Sql.Add(command, parameters);
        command.CommandText = string.Join(";\n", sql);
        command.ExecuteNonQuery();
    }

    /// <summary>A run of encoded rows with what must be done before them: force-months to clear, issues.</summary>
    private sealed record Chunk(StreetRecordChunk Rows, List<(int Force, int Month)> NewUnits, List<ImportIssue> Issues, long SourcePosition);

    /// <summary>Parses on a second thread and takes the chunks on this one, at most four chunks behind.</summary>
    private void PipeThroughSecondThread(PoliceUkCsvReader reader, Func<long> position, long fileId, Dictionary<(int Force, int Month), (string Name, long Rows)> units,
        ref long withoutLocation, Action<Chunk> take, CancellationToken cancellationToken)
    {
        var chunks = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        long counted = 0;
        var producer = Task.Run(() =>
        {
            try
            {
                // Blocks while the writer is four chunks behind: memory stays bounded.
                Produce(reader, position, fileId, units, ref counted, c => chunks.Writer.WriteAsync(c, stop.Token).AsTask().GetAwaiter().GetResult(), stop.Token);
                chunks.Writer.Complete();
            }
            catch (Exception e)
            {
                chunks.Writer.Complete(e);
                throw;
            }
        }, stop.Token);
        try
        {
            while (chunks.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
            {
                while (chunks.Reader.TryRead(out var chunk)) take(chunk);
            }
            producer.GetAwaiter().GetResult();
            withoutLocation += counted;
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
    }

    /// <summary>The parsing side: reads and encodes rows and hands them on in chunks.</summary>
    private void Produce(PoliceUkCsvReader reader, Func<long> position, long fileId, Dictionary<(int Force, int Month), (string Name, long Rows)> units, ref long withoutLocation,
        Action<Chunk> output, CancellationToken cancellationToken)
    {
        var rows = RentChunk();
        var newUnits = new List<(int, int)>();
        while (reader.TryRead(out var record))
        {
            ref var row = ref rows.Add(reader.CrimeIdUtf8);
            Encode(record, fileId, ref row);
            var key = (row.ForceId, row.Month);
            if (!units.TryGetValue(key, out var unit))
            {
                newUnits.Add(key);
                unit = ($"{record.ReportedBy} {record.Month}", 0);
            }
            units[key] = (unit.Name, unit.Rows + 1);
            if (!record.HasLocation) withoutLocation++;
            if (rows.IsFull)
            {
                output(new Chunk(rows, newUnits, reader.TakeIssues(), position()));
                rows = RentChunk();
                newUnits = [];
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        output(new Chunk(rows, newUnits, reader.TakeIssues(), position()));
    }

    private StreetRecordChunk RentChunk() => _chunks.TryPop(out var rows) ? rows : new StreetRecordChunk(ChunkSize);

    private void Encode(in StreetRecord record, long fileId, ref EncodedStreetRecord row)
    {
        row.ForceId = _forces.Id(record.ReportedBy);
        row.Month = record.Month.Number;
        row.Line = record.Line;
        row.FileId = fileId;
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
