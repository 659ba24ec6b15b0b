using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Csp.Core.Imports;
using Csp.Core.Periods;
using Csp.Core.PoliceUk;
using Csp.Ingest.Csv;
using Csp.Ingest.PoliceUk;
using Csp.Ingest.Sources;
using Csp.Storage;

namespace Csp.Storage.Loaders;

/// <summary>
/// Imports data.police.uk street-level files. The unit of idempotency is a force's month: the same content again changes
/// nothing; different content for a force and month (a later release) replaces that month whole. Each file is one
/// transaction, so a crash part way leaves the database as it was before the file.
/// </summary>
/// <remarks>
/// Two threads: one reads the files in turn (hashes each, then parses its rows into chunks), the other writes them (looks
/// the file up, encodes the rows with vocabulary ids, writes them, commits). The reader runs up to
/// <see cref="ChunksAhead"/> chunks ahead, into the next file while the database finishes the last one; vocabulary ids are
/// assigned only by the writer, in file order, so nothing read ahead depends on how an earlier file ends.
/// </remarks>
public sealed class PoliceUkImporter(CspDatabase database, TimeProvider clock)
{
    public const string Kind = "police-uk";
    private const int ChunkSize = 2048;
    private const int ChunksAhead = 8;

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

    /// <summary>Keep the rows read from a file whose data breaks off (--keep-partial), its force-months marked incomplete; else it is rejected whole.</summary>
    public bool KeepPartial { get; init; }

    /// <summary>How many issues a report carries; the quarantine table keeps all of them.</summary>
    public int ReportedIssueLimit { get; init; } = 200;

    public async Task<FileImportReport> ImportAsync(InputFile file, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        FileImportReport? report = null;
        await foreach (var r in ImportAsync([file], progress, cancellationToken).ConfigureAwait(false)) report = r;
        return report!;
    }

    /// <summary>Imports the files in order, each in its own transaction, and reports each as it is committed.</summary>
    public async IAsyncEnumerable<FileImportReport> ImportAsync(IReadOnlyList<InputFile> files, IProgress<ImportProgress>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reports = Channel.CreateUnbounded<FileImportReport>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Synchronous ADO.NET inside: per-row async calls would cost more than the rows. Run off the caller's thread.
        var run = Task.Run(() =>
        {
            try
            {
                ImportFiles(files, progress, reports.Writer, stop.Token);
            }
            finally
            {
                reports.Writer.Complete();
            }
        }, stop.Token);
        try
        {
            await foreach (var report in reports.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false)) yield return report;
            await run.ConfigureAwait(false);
        }
        finally
        {
            if (!run.IsCompleted)
            {
                // The caller stopped taking reports: end the run's threads (the file in hand rolls back) before leaving.
                await stop.CancelAsync().ConfigureAwait(false);
                try
                {
                    await run.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
    }

    /// <summary>What the reading thread hands over: a file's start, its rows in chunks, and its end.</summary>
    private abstract record Item;

    /// <summary>A file hashed and opened; when it could not be read at all, why (no rows follow).</summary>
    private sealed record FileOpened(InputFile File, string Hash, bool Opened, List<ImportIssue> Issues, bool Truncated = false) : Item;

    private sealed record RowsRead(StreetRecordChunk Rows, List<ImportIssue> Issues, long SourcePosition) : Item;

    private sealed record FileRead(long Rows, long Quarantined, bool Truncated) : Item;

    /// <summary>The writing thread: one transaction per file, in the order the files were given.</summary>
    private void ImportFiles(IReadOnlyList<InputFile> files, IProgress<ImportProgress>? progress, ChannelWriter<FileImportReport> reports, CancellationToken cancellationToken)
    {
        var items = Channel.CreateBounded<Item>(new BoundedChannelOptions(ChunksAhead) { SingleReader = true, SingleWriter = true });
        var skip = new StrongBox<int>(-1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() =>
        {
            try
            {
                ReadFiles(files, items.Writer, skip, stop.Token);
                items.Writer.Complete();
            }
            catch (Exception e)
            {
                items.Writer.Complete(e);
                throw;
            }
        }, stop.Token);
        try
        {
            using var connection = database.OpenConnectionAsync(cancellationToken).GetAwaiter().GetResult();
            var next = new ItemReader(items.Reader, cancellationToken);
            for (var i = 0; i < files.Count; i++)
            {
                var opened = next.Take<FileOpened>();
                reports.TryWrite(ImportFile(i, opened, next, skip, connection, progress));
            }
            reader.GetAwaiter().GetResult();
        }
        catch
        {
            stop.Cancel();
            try
            {
                reader.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // The writer's failure is the one to report.
            }
            throw;
        }
    }

    /// <summary>Takes the reading thread's items in order, blocking until the next one is there.</summary>
    private sealed class ItemReader(ChannelReader<Item> items, CancellationToken cancellationToken)
    {
        public T Take<T>() where T : Item
        {
            while (true)
            {
                if (items.TryRead(out var item)) return (T)item;
                if (!items.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
                {
                    throw new InvalidOperationException($"The file reader stopped before handing over a {typeof(T).Name}.");
                }
            }
        }

        public Item Take() => Take<Item>();
    }

    /// <summary>The reading thread: hashes each file, then parses it into chunks, at most <see cref="ChunksAhead"/> ahead.</summary>
    private void ReadFiles(IReadOnlyList<InputFile> files, ChannelWriter<Item> output, StrongBox<int> skip, CancellationToken cancellationToken)
    {
        void Post(Item item) => output.WriteAsync(item, cancellationToken).AsTask().GetAwaiter().GetResult();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var (hash, _) = ImportRegistry.Hash(file, cancellationToken);
            var now = clock.GetUtcNow();
            using var stream = file.Open();
            _strings.Clear();
            using var reader = new PoliceUkCsvReader(stream, file.Name, new YearMonth(now.Year, now.Month), _strings, crimeIdAsUtf8: true);
            if (!reader.Open())
            {
                var issues = reader.TakeIssues();
                if (reader.FileError is { } error) issues.Insert(0, error);
                Post(new FileOpened(file, hash, false, issues, reader.Truncated));
                continue;
            }
            Post(new FileOpened(file, hash, true, []));
            var chunk = RentChunk();
            // The writer stops a file early that it finds was imported before (Unchanged).
            while (Volatile.Read(ref skip.Value) != i && reader.TryRead(out var record))
            {
                chunk.Add(record, reader.CrimeIdUtf8);
                if (!chunk.IsFull) continue;
                Post(new RowsRead(chunk, reader.TakeIssues(), stream.SourcePosition));
                chunk = RentChunk();
            }
            Post(new RowsRead(chunk, reader.TakeIssues(), stream.SourcePosition));
            Post(new FileRead(reader.RowsRead, reader.RowsQuarantined, reader.Truncated));
        }
    }

    private StreetRecordChunk RentChunk() => _chunks.TryPop(out var chunk) ? chunk : new StreetRecordChunk(ChunkSize);

    private void ReturnChunk(StreetRecordChunk chunk)
    {
        chunk.Clear();
        _chunks.Push(chunk);
    }

    private FileImportReport ImportFile(int index, FileOpened opened, ItemReader items, StrongBox<int> skip, DbConnection connection, IProgress<ImportProgress>? progress)
    {
        var file = opened.File;
        var previous = ImportRegistry.Previous(connection, null, Kind, opened.Hash);
        if (previous is not null && IsStillCurrent(connection, previous))
        {
            Volatile.Write(ref skip.Value, index);
            if (opened.Opened) SkipRows(items);
            return ImportRegistry.Unchanged(connection, previous, file.Name, Kind, ReportedIssueLimit);
        }

        FileImportReport report;
        using (var transaction = connection.BeginTransaction())
        {
            try
            {
                report = ImportRows(opened, items, connection, transaction, progress);
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
        var fileId = ImportRegistry.Begin(connection, record, Kind, file.Name, opened.Hash, clock.GetUtcNow());
        ImportRegistry.Quarantine(connection, record, fileId, report.Issues.Where(i => i.Line == 0));
        var rejected = report with { RowsAdded = 0, RowsReplaced = 0, Units = [], KeptPartial = false };
        ImportRegistry.Complete(connection, record, fileId, rejected, report.Issues.FirstOrDefault(i => i.Line == 0)?.Message);
        if (report.Truncated) ImportRegistry.MarkTruncated(connection, record, fileId, false);
        record.Commit();
        return rejected;
    }

    /// <summary>Passes over what the reader had read of a file that is not imported, giving the chunks back.</summary>
    private void SkipRows(ItemReader items)
    {
        while (items.Take() is RowsRead rows) ReturnChunk(rows.Rows);
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

    private FileImportReport ImportRows(FileOpened opened, ItemReader items, DbConnection connection, DbTransaction transaction, IProgress<ImportProgress>? progress)
    {
        var file = opened.File;
        var (fileId, held) = BeginFile(file, opened.Hash, connection, transaction);
        if (!opened.Opened)
        {
            ImportRegistry.Quarantine(connection, transaction, fileId, opened.Issues);
            var rejected = new FileImportReport(file.Name, Kind, FileOutcome.Rejected, 0, 0, 0, 0, 0, 0, [], opened.Issues) { Truncated = opened.Truncated };
            ImportRegistry.Complete(connection, transaction, fileId, rejected, opened.Issues.FirstOrDefault()?.Message);
            if (opened.Truncated) ImportRegistry.MarkTruncated(connection, transaction, fileId, false);
            return rejected;
        }

        using var writer = StreetRecordWriter.Create(database.Provider, connection, transaction, _copyBuffer);
        var counts = new StreetCountTally();
        var units = new Dictionary<(int Force, int Month), (string Name, long Rows)>();
        var reported = new List<ImportIssue>();
        long added = 0, replaced = 0, withoutLocation = 0;
        var hadEarlier = false;
        FileRead end;
        while (true)
        {
            var item = items.Take();
            if (item is FileRead last)
            {
                end = last;
                break;
            }
            var (chunk, issues, position) = (RowsRead)item;
            List<(int Force, int Month)>? replacing = null;
            for (var r = 0; r < chunk.Count; r++)
            {
                ref readonly var record = ref chunk.Records[r];
                ref var row = ref chunk.Rows[r];
                Encode(record, fileId, ref row);
                if (!record.HasLocation) withoutLocation++;
                var key = (row.ForceId, row.Month);
                if (units.TryGetValue(key, out var unit))
                {
                    units[key] = (unit.Name, unit.Rows + 1);
                    continue;
                }
                units[key] = ($"{record.ReportedBy} {record.Month}", 1);
                if (held.ContainsKey(key)) (replacing ??= []).Add(key);
            }
            foreach (var key in replacing ?? [])
            {
                // First rows of this force and month in the file: whatever an earlier import holds for it is replaced,
                // before any of them is written (SQLite's key is force, month and line).
                var earlier = held[key];
                writer.Close();
                Sql.Execute(connection, transaction, "DELETE FROM street_records WHERE file_id = @file AND force_id = @f AND month = @m",
                    ("file", earlier.FileId), ("f", key.Force), ("m", key.Month));
                replaced += earlier.Rows;
                hadEarlier = true;
            }
            writer.Write(chunk);
            counts.Add(chunk);
            added += chunk.Count;
            ReturnChunk(chunk);
            if (issues.Count > 0)
            {
                writer.Close();
                ImportRegistry.Quarantine(connection, transaction, fileId, issues);
                // Keep the report short; a truncation notice (line 0) is always kept.
                reported.AddRange(issues.Where(i => reported.Count < ReportedIssueLimit || i.Line == 0));
            }
            progress?.Report(new ImportProgress(file.Name, position, file.CompressedLength));
        }
        writer.Close();
        // The counts of the force-months this file holds, replaced with its rows (the rows of each were replaced above).
        counts.Write(database.Provider, connection, transaction, units.Keys, _copyBuffer);
        progress?.Report(new ImportProgress(file.Name, file.CompressedLength, file.CompressedLength));

        var outcome = units.Count == 0 && end.Quarantined == end.Rows && end.Rows > 0 ? FileOutcome.Rejected
            : hadEarlier ? FileOutcome.Replaced : FileOutcome.Added;
        if (end.Truncated && hadEarlier)
        {
            // A cut-off download must not replace a complete month already held: the caller rolls the rows back.
            outcome = FileOutcome.Rejected;
            reported.Insert(0, new ImportIssue(file.Name, 0, null,
                $"the file is truncated and would replace {replaced:N0} rows of a month already held: nothing was changed; download the file again."));
        }
        else if (end.Truncated && !KeepPartial && outcome != FileOutcome.Rejected)
        {
            // A cut-off file is not a month: rejected whole (the caller rolls its rows back) unless the user keeps it.
            outcome = FileOutcome.Rejected;
            reported.Insert(0, ImportRegistry.TruncatedRejection(file.Name, end.Rows));
        }
        if (end.Rows == 0 && !end.Truncated)
        {
            var empty = new ImportIssue(file.Name, 0, null, "the file has a header but no data rows.");
            reported.Add(empty);
            ImportRegistry.Quarantine(connection, transaction, fileId, [empty]);
        }
        var report = new FileImportReport(file.Name, Kind, outcome, end.Rows, added, 0, end.Quarantined, replaced, withoutLocation,
            units.Values.Select(u => u.Name).Order(StringComparer.Ordinal).ToList(), reported)
        {
            Truncated = end.Truncated,
            KeptPartial = end.Truncated && outcome != FileOutcome.Rejected,
        };
        var message = end.Truncated ? reported.FirstOrDefault(i => i.Line == 0)?.Message : null;
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
        var vocabularies = Vocabularies;
        using var command = Sql.Command(connection, transaction, $"""
            {lockSql}SELECT {string.Join(", ", vocabularies.Select(v => v.MaxIdSql))};
            {register};
            SELECT force_id, month, rows, file_id FROM force_months
            """, parameters);
        using var reader = command.ExecuteReader();
        if (postgres) reader.NextResult();
        reader.Read();
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
    /// The file's last statements, sent together: the vocabulary it added (after the rows: there are no foreign keys), its
    /// force-months and its outcome.
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
        if (report.Truncated)
        {
            // Its force-months are incomplete wherever they are reported (status, assessment) while this file holds them.
            sql.Add("UPDATE import_files SET truncated = 1, kept_partial = @kept WHERE id = @file");
            Sql.Add(command, ("kept", report.KeptPartial ? 1 : 0));
        }
        Sql.Add(command, parameters);
        command.CommandText = string.Join(";\n", sql);
        command.ExecuteNonQuery();
    }

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
