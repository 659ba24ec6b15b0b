using System.Data.Common;
using System.Globalization;
using Csp.Core.Performance;
using Csp.Storage.Loaders;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Csp.Storage.Performance;

/// <summary>
/// Writes the figures of one return file inside the import's transaction, as <see cref="ReturnValueWriter"/> does one
/// figure (a later figure replaces the earlier in place, the same figure again is a duplicate), but fast for a file of a
/// million rows. SQLite: a series (measure and area) is looked up once, when the file first names it, and a figure of a
/// series the database does not hold yet is not looked for (the reader refuses the same measure, area, period and
/// breakdown twice in a file, so nothing of this file can be there either): it is put in a temporary table, bound and
/// stepped through SQLite's C API (the ADO.NET layer costs several times what SQLite spends on a row), and at
/// <see cref="Finish"/> stored in one statement in the order of the table's key (area first), so that each index is
/// written in order instead of at a random place per row; a figure of a held series is written at once. PostgreSQL: the
/// figures are copied (binary COPY) into a temporary table of the transaction, and at <see cref="Finish"/> set-wise
/// statements find the figures they replace, replace those that differ, and insert the new ones.
/// </summary>
internal sealed class ReturnFileWriter : IDisposable
{
    private readonly ReturnValueWriter? _replacing;
    private readonly SqliteConnection? _sqlite;
    private readonly sqlite3_stmt? _held;
    private readonly sqlite3_stmt? _insert;
    private readonly string _at;
    private readonly Dictionary<(string Measure, string Area), bool> _series = [];
    private readonly Dictionary<DateOnly, string> _days = [];
    private readonly NpgsqlConnection? _postgres;
    private readonly DbTransaction _transaction;
    private readonly long _fileId;
    private PgBinaryRows? _rows;
    private NpgsqlRawCopyStream? _copy;
    private long _staged;

    public ReturnFileWriter(DbConnection connection, DbTransaction transaction, DateTimeOffset now, long fileId)
    {
        _at = ReturnValueWriter.Timestamp(now);
        _transaction = transaction;
        _fileId = fileId;
        if (connection is NpgsqlConnection postgres)
        {
            _postgres = postgres;
            Sql.Execute(connection, transaction, """
                CREATE TEMPORARY TABLE return_stage (seq bigint NOT NULL, measure text NOT NULL, area_code text NOT NULL, period_start text NOT NULL,
                    period_end text NOT NULL, breakdown text NOT NULL, value double precision NULL, unit text NOT NULL, source text NULL, note text NULL,
                    flags integer NOT NULL, agency text NULL, line bigint NOT NULL) ON COMMIT DROP
                """);
            _rows = new PgBinaryRows();
        }
        else
        {
            var sqlite = (SqliteConnection)connection;
            _replacing = new ReturnValueWriter(connection, transaction, now);
            // The file's figures land all over the key's and the area's indexes: a million rows' worth of their pages
            // is more than the connection's usual 64 MB of cache, and pages written out and read back mid-transaction
            // cost more than the inserts themselves. The cache only grows as pages are used; restored at Dispose.
            Sql.Execute(connection, transaction, $"PRAGMA cache_size=-{BulkCacheKilobytes}");
            _sqlite = sqlite;
            Check(raw.sqlite3_prepare_v2(sqlite.Handle, "SELECT 1 FROM return_values WHERE area_code = ?1 AND measure = ?2 LIMIT 1", out _held));
            Sql.Execute(connection, transaction, "DROP TABLE IF EXISTS temp.return_stage");
            Sql.Execute(connection, transaction, """
                CREATE TEMPORARY TABLE return_stage (measure text NOT NULL, area_code text NOT NULL, period_start text NOT NULL, period_end text NOT NULL,
                    breakdown text NOT NULL, value REAL NULL, unit text NOT NULL, source text NULL, note text NULL, flags integer NOT NULL, agency text NULL, line INTEGER NOT NULL)
                """);
            Check(raw.sqlite3_prepare_v2(sqlite.Handle, """
                INSERT INTO temp.return_stage (measure, area_code, period_start, period_end, breakdown, value, unit, source, note, flags, agency, line)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                """, out _insert));
        }
    }

    /// <summary>SQLite's page cache while a file is written (kilobytes).</summary>
    private const int BulkCacheKilobytes = 1024 * 1024;

    public long Added { get; private set; }

    public long Duplicates { get; private set; }

    public long Replaced { get; private set; }

    /// <summary>What the first 200 replacements replaced, in file order (<see cref="PreviousFigure.Describe"/>).</summary>
    public List<string> ReplacedLines { get; } = [];

    public void Write(ReturnValue v, string? agency)
    {
        if (_rows is not null)
        {
            Stage(v, agency);
            return;
        }
        var key = (v.Measure, v.AreaCode);
        if (!_series.TryGetValue(key, out var held)) _series[key] = held = Holds(v.Measure, v.AreaCode);
        if (held)
        {
            var previous = _replacing!.Write(v, agency, _fileId, null);
            if (previous is null) Added++;
            else if (previous.Same) Duplicates++;
            else
            {
                Replaced++;
                if (ReplacedLines.Count < 200) ReplacedLines.Add(previous.Describe(v));
            }
            return;
        }
        var s = _insert!;
        raw.sqlite3_bind_text(s, 1, v.Measure);
        raw.sqlite3_bind_text(s, 2, v.AreaCode);
        raw.sqlite3_bind_text(s, 3, Day(v.Period.Start));
        raw.sqlite3_bind_text(s, 4, Day(v.Period.End));
        raw.sqlite3_bind_text(s, 5, v.Breakdown);
        if (v.Value is { } n) raw.sqlite3_bind_double(s, 6, (double)n); else raw.sqlite3_bind_null(s, 6);
        raw.sqlite3_bind_text(s, 7, v.Unit.Label());
        Text(s, 8, v.Source);
        Text(s, 9, v.Note);
        raw.sqlite3_bind_int(s, 10, (int)v.Flags);
        Text(s, 11, agency);
        raw.sqlite3_bind_int64(s, 12, v.Line);
        var rc = raw.sqlite3_step(s);
        raw.sqlite3_reset(s);
        if (rc != raw.SQLITE_DONE) Check(rc, v.Line);
        Added++;
    }

    private void Stage(ReturnValue v, string? agency)
    {
        var b = _rows!;
        if (_staged % 4096 == 0) b = _copy is null ? b.Begin() : b.Continue();
        b.Row(13);
        b.Int64(_staged++);
        b.Text(v.Measure);
        b.Text(v.AreaCode);
        b.Text(Day(v.Period.Start));
        b.Text(Day(v.Period.End));
        b.Text(v.Breakdown);
        b.Double(v.Value is { } n ? (double)n : null);
        b.Text(v.Unit.Label());
        b.Text(v.Source);
        b.Text(v.Note);
        b.Int32((int)v.Flags);
        b.Text(agency);
        b.Int64(v.Line);
        if (_staged % 4096 == 0) Flush();
    }

    private void Flush()
    {
        _copy ??= _postgres!.BeginRawBinaryCopy("""
            COPY return_stage (seq, measure, area_code, period_start, period_end, breakdown, value, unit, source, note, flags, agency, line) FROM STDIN (FORMAT BINARY)
            """);
        _copy.Write(_rows!.Bytes);
    }

    /// <summary>Ends the writing of the file: on PostgreSQL, stores what was staged. The counts are final after it.</summary>
    public void Finish()
    {
        if (_sqlite is not null)
        {
            // Only figures of series not held are staged, none twice (the reader refuses that): nothing to replace. In the key's order (area first).
            InsertStaged(_sqlite, "temp.return_stage", "area_code, measure, period_start, period_end, breakdown");
            Sql.Execute(_sqlite, _transaction, "DROP TABLE temp.return_stage");
            return;
        }
        if (_rows is null || _staged == 0) return;
        if (_staged % 4096 != 0) Flush();
        _copy!.Write(PgBinaryRows.Trailer);
        _copy.Dispose();
        _copy = null;
        var connection = _postgres!;
        // Figures held already: the same again is dropped from the stage (a duplicate), a different one is replaced by an
        // UPDATE and then dropped; what is left is new and goes in with a plain INSERT in the key's order (no conflict to
        // look for: PostgreSQL's ON CONFLICT costs a speculative insertion per row).
        var held = new List<long>();
        var replaced = new List<long>();
        using (var find = Sql.Command(connection, _transaction, $"""
            SELECT s.seq, s.measure, s.area_code, s.period_start, s.period_end, s.breakdown, s.value, s.unit, s.flags, s.line, {ReturnValueWriter.HeldColumns}
            FROM return_stage s
            JOIN return_values r ON r.measure = s.measure AND r.area_code = s.area_code AND r.period_start = s.period_start
                                AND r.period_end = s.period_end AND r.breakdown = s.breakdown
            {ReturnValueWriter.HeldFile}
            ORDER BY s.seq
            """))
        using (var r = find.ExecuteReader())
        {
            while (r.Read())
            {
                held.Add(r.GetInt64(0));
                decimal? value = r.IsDBNull(6) ? null : (decimal)r.GetDouble(6);
                var previous = ReturnValueWriter.Previous(r, 10, value, r.GetString(7), r.GetInt32(8));
                if (previous.Same)
                {
                    Duplicates++;
                    continue;
                }
                replaced.Add(r.GetInt64(0));
                Replaced++;
                if (ReplacedLines.Count >= 200) continue;
                MeasureUnits.TryParse(r.GetString(7), out var unit);
                var now = new ReturnValue(r.GetString(1), r.GetString(2), new ReturnPeriod(DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateOnly.ParseExact(r.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture)), value, r.GetString(5), unit, null, null, r.GetInt64(9));
                ReplacedLines.Add(previous.Describe(now));
            }
        }
        if (replaced.Count > 0)
        {
            Sql.Execute(connection, _transaction, """
                UPDATE return_values r SET value = s.value, unit = s.unit, source = s.source, note = s.note, flags = s.flags, agency = s.agency,
                    file_id = @file, line = s.line, submitted_by = NULL, updated_at = @at
                FROM return_stage s
                WHERE s.seq = ANY(@replaced) AND r.measure = s.measure AND r.area_code = s.area_code AND r.period_start = s.period_start
                  AND r.period_end = s.period_end AND r.breakdown = s.breakdown
                """, ("file", _fileId), ("at", _at), ("replaced", replaced.ToArray()));
        }
        if (held.Count > 0) Sql.Execute(connection, _transaction, "DELETE FROM return_stage WHERE seq = ANY(@held)", ("held", held.ToArray()));
        InsertStaged(connection, "return_stage", "measure, area_code, period_start, period_end, breakdown");
        Added = _staged - Duplicates - Replaced;
    }

    /// <summary>Stores the staged figures that are new, in the order of the table's key.</summary>
    private void InsertStaged(DbConnection connection, string stage, string order) => Sql.Execute(connection, _transaction, $"""
        INSERT INTO return_values ({ReturnValueWriter.Columns})
        SELECT measure, area_code, period_start, period_end, breakdown, value, unit, source, note, flags, agency, @file, line, NULL, @at FROM {stage}
        ORDER BY {order}
        """, ("file", _fileId), ("at", _at));

    /// <summary>Whether the database holds any figure of the measure for the area (before this file wrote one).</summary>
    private bool Holds(string measure, string area)
    {
        var s = _held!;
        raw.sqlite3_bind_text(s, 1, area);
        raw.sqlite3_bind_text(s, 2, measure);
        var rc = raw.sqlite3_step(s);
        raw.sqlite3_reset(s);
        if (rc is not (raw.SQLITE_ROW or raw.SQLITE_DONE)) Check(rc);
        return rc == raw.SQLITE_ROW;
    }

    private string Day(DateOnly d)
    {
        if (!_days.TryGetValue(d, out var text)) _days[d] = text = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return text;
    }

    private static void Text(sqlite3_stmt s, int index, string? text)
    {
        if (text is null) raw.sqlite3_bind_null(s, index);
        else raw.sqlite3_bind_text(s, index, text);
    }

    private void Check(int rc, long line = 0)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE) return;
        var message = _sqlite is null ? "" : raw.sqlite3_errmsg(_sqlite.Handle).utf8_to_string();
        throw new InvalidOperationException(line > 0 ? $"SQLite could not store the figure of line {line}: {message} ({rc})." : $"SQLite: {message} ({rc}).");
    }

    public void Dispose()
    {
        if (_copy is not null)
        {
            // Only on a failure path (Finish ends a good COPY): abandon it; the transaction rolls back.
            try
            {
                _copy.Cancel();
            }
            catch (NpgsqlException)
            {
            }
            _copy.Dispose();
        }
        _replacing?.Dispose();
        if (_sqlite is not null) Sql.Execute(_sqlite, _transaction, $"PRAGMA cache_size={CspDatabase.CacheSize}");
        if (_held is not null) raw.sqlite3_finalize(_held);
        if (_insert is not null) raw.sqlite3_finalize(_insert);
    }
}
