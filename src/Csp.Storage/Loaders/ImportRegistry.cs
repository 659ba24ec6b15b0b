using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Storage;

namespace Csp.Storage.Loaders;

/// <summary>The record of imported files (<c>import_files</c>) and of quarantined rows, shared by every importer.</summary>
internal static class ImportRegistry
{
    /// <summary>SHA-256 of the decompressed content, and whether the content broke off (truncated compressed data).</summary>
    public static (string Hash, bool Broken) Hash(InputFile file, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        var broken = false;
        try
        {
            using var stream = file.Open();
            int n;
            while ((n = stream.Read(buffer)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException and not FileNotFoundException)
        {
            broken = true;
        }
        return (Convert.ToHexStringLower(sha.GetHashAndReset()), broken);
    }

    public sealed record PreviousImport(long Id, string Outcome, long RowsRead, long RowsAdded, long RowsQuarantined, long RowsWithoutLocation, string Units, string? Message);

    /// <summary>The latest import of the same content, if any.</summary>
    public static PreviousImport? Previous(DbConnection connection, DbTransaction? transaction, string kind, string hash) =>
        Sql.Query(connection, transaction, """
            SELECT id, outcome, rows_read, rows_added, rows_quarantined, rows_without_location, units, message
            FROM import_files WHERE kind = @kind AND sha256 = @hash AND outcome <> 'Unchanged'
            ORDER BY id DESC LIMIT 1
            """,
            r => new PreviousImport(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7)),
            ("kind", kind), ("hash", hash)).FirstOrDefault();

    public static long Begin(DbConnection connection, DbTransaction transaction, string kind, string name, string hash, DateTimeOffset now)
    {
        var (sql, parameters) = BeginStatement(kind, name, hash, now);
        return Sql.Long(connection, transaction, sql, parameters);
    }

    /// <summary>The statement that registers a file as being imported and returns its id, for a caller that sends it with others.</summary>
    public static (string Sql, (string, object?)[] Parameters) BeginStatement(string kind, string name, string hash, DateTimeOffset now) => ("""
        INSERT INTO import_files (kind, name, sha256, imported_at, outcome, rows_read, rows_added, rows_quarantined, rows_replaced, rows_without_location, units)
        VALUES (@kind, @name, @hash, @at, 'Importing', 0, 0, 0, 0, 0, '') RETURNING id
        """,
        [("kind", kind), ("name", name), ("hash", hash), ("at", now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))]);

    public static void Complete(DbConnection connection, DbTransaction transaction, long fileId, FileImportReport report, string? message)
    {
        var (sql, parameters) = CompleteStatement(fileId, report, message);
        Sql.Execute(connection, transaction, sql, parameters);
    }

    /// <summary>The statement that records a file's outcome, for a caller that sends it with others (its parameters start with <c>c_</c>).</summary>
    public static (string Sql, (string, object?)[] Parameters) CompleteStatement(long fileId, FileImportReport report, string? message) => ("""
        UPDATE import_files SET outcome = @c_outcome, rows_read = @c_read, rows_added = @c_added, rows_quarantined = @c_quarantined,
            rows_replaced = @c_replaced, rows_without_location = @c_noloc, units = @c_units, message = @c_message
        WHERE id = @c_id
        """,
        [("c_outcome", report.Outcome.ToString()), ("c_read", report.RowsRead), ("c_added", report.RowsAdded), ("c_quarantined", report.RowsQuarantined),
            ("c_replaced", report.RowsReplaced), ("c_noloc", report.RowsWithoutLocation), ("c_units", string.Join("; ", report.Units)), ("c_message", message), ("c_id", fileId)]);

    public static void Quarantine(DbConnection connection, DbTransaction transaction, long fileId, IEnumerable<ImportIssue> issues)
    {
        using var command = Sql.Command(connection, transaction,
            "INSERT INTO quarantined_rows (file_id, line, field, reason, raw) VALUES (@file, @line, @field, @reason, @raw)",
            ("file", fileId), ("line", 0L), ("field", null), ("reason", ""), ("raw", null));
        command.Prepare();
        foreach (var issue in issues)
        {
            command.Parameters[1].Value = issue.Line;
            command.Parameters[2].Value = (object?)issue.Field ?? DBNull.Value;
            command.Parameters[3].Value = issue.Message;
            command.Parameters[4].Value = (object?)issue.Raw ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// The frame every whole-file importer shares: hash the content; if it was imported before, report it unchanged and
    /// touch nothing; else open one transaction, register the file, let <paramref name="body"/> load it (and quarantine
    /// its bad rows), record the outcome and commit. A failure anywhere rolls the whole file back.
    /// </summary>
    public static FileImportReport ImportOnce(CspDatabase database, TimeProvider clock, InputFile file, string kind,
        Func<DbConnection, DbTransaction, long, (FileImportReport Report, string? Message)> body, CancellationToken cancellationToken)
    {
        var (hash, _) = Hash(file, cancellationToken);
        using var connection = database.OpenConnectionAsync(cancellationToken).GetAwaiter().GetResult();
        var previous = Previous(connection, null, kind, hash);
        if (previous is not null) return Unchanged(connection, previous, file.Name, kind);
        using var transaction = connection.BeginTransaction();
        var fileId = Begin(connection, transaction, kind, file.Name, hash, clock.GetUtcNow());
        var (report, message) = body(connection, transaction, fileId);
        Complete(connection, transaction, fileId, report, message);
        transaction.Commit();
        return report;
    }

    /// <summary>The report for content imported before: nothing added, every good row a duplicate, the earlier issues repeated.</summary>
    public static FileImportReport Unchanged(DbConnection connection, PreviousImport previous, string fileName, string kind, int issueLimit = 200) =>
        new(fileName, kind, FileOutcome.Unchanged, previous.RowsRead, 0, previous.RowsRead - previous.RowsQuarantined, previous.RowsQuarantined, 0,
            previous.RowsWithoutLocation, previous.Units.Split("; ", StringSplitOptions.RemoveEmptyEntries), QuarantinedIssues(connection, previous.Id, fileName, issueLimit));

    /// <summary>The issues kept for an earlier import, to repeat them when the same file is offered again.</summary>
    public static List<ImportIssue> QuarantinedIssues(DbConnection connection, long fileId, string fileName, int limit) =>
        Sql.Query(connection, null, "SELECT line, field, reason, raw FROM quarantined_rows WHERE file_id = @id ORDER BY id LIMIT @limit",
            r => new ImportIssue(fileName, r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)),
            ("id", fileId), ("limit", limit));
}
