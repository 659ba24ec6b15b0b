using System.Data.Common;
using System.Globalization;
using Csp.Core.Performance;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Csp.Storage.Performance;

/// <summary>
/// Writes the figures of one return file inside the import's transaction, as <see cref="ReturnValueWriter"/> does one
/// figure (a later figure replaces the earlier in place, the same figure again is a duplicate), but fast for a file of a
/// million rows: a series (measure and area) is looked up once, when the file first names it, and a figure of a series
/// the database does not hold yet is inserted without looking for one it would replace (the reader refuses the same
/// measure, area, period and breakdown twice in a file, so nothing of this file can be there either). On SQLite the new
/// figures are bound and stepped through SQLite's C API (the ADO.NET layer costs several times what SQLite spends on a row).
/// </summary>
internal sealed class ReturnFileWriter : IDisposable
{
    private readonly ReturnValueWriter _replacing;
    private readonly SqliteConnection? _sqlite;
    private readonly sqlite3_stmt? _held;
    private readonly sqlite3_stmt? _insert;
    private readonly DbCommand? _heldCommand;
    private readonly string _at;
    private readonly Dictionary<(string Measure, string Area), bool> _series = [];
    private readonly Dictionary<DateOnly, string> _days = [];

    public ReturnFileWriter(DbConnection connection, DbTransaction transaction, DateTimeOffset now)
    {
        _replacing = new ReturnValueWriter(connection, transaction, now);
        _at = ReturnValueWriter.Timestamp(now);
        if (connection is SqliteConnection sqlite)
        {
            _sqlite = sqlite;
            Check(raw.sqlite3_prepare_v2(sqlite.Handle, "SELECT 1 FROM return_values WHERE area_code = ?1 AND measure = ?2 LIMIT 1", out _held));
            Check(raw.sqlite3_prepare_v2(sqlite.Handle, ReturnValueWriter.UpsertSql, out _insert));
        }
        else
        {
            _heldCommand = Sql.Command(connection, transaction, "SELECT 1 FROM return_values WHERE area_code = @area AND measure = @measure LIMIT 1", ("area", ""), ("measure", ""));
            _heldCommand.Prepare();
        }
    }

    public long Added { get; private set; }

    public long Duplicates { get; private set; }

    public long Replaced { get; private set; }

    /// <summary>What the first 200 replacements replaced, in file order (<see cref="PreviousFigure.Describe"/>).</summary>
    public List<string> ReplacedLines { get; } = [];

    public void Write(ReturnValue v, string? agency, long fileId)
    {
        var key = (v.Measure, v.AreaCode);
        if (!_series.TryGetValue(key, out var held)) _series[key] = held = Holds(v.Measure, v.AreaCode);
        if (held || _insert is null)
        {
            var previous = held ? _replacing.Write(v, agency, fileId, null) : _replacing.Insert(v, agency, fileId, null);
            if (previous is null) Added++;
            else if (previous.Same) Duplicates++;
            else
            {
                Replaced++;
                if (ReplacedLines.Count < 200) ReplacedLines.Add(previous.Describe(v));
            }
            return;
        }
        var s = _insert;
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
        raw.sqlite3_bind_int64(s, 12, fileId);
        raw.sqlite3_bind_int64(s, 13, v.Line);
        raw.sqlite3_bind_null(s, 14);
        raw.sqlite3_bind_text(s, 15, _at);
        var rc = raw.sqlite3_step(s);
        raw.sqlite3_reset(s);
        if (rc != raw.SQLITE_DONE) Check(rc, v.Line);
        Added++;
    }

    /// <summary>Whether the database holds any figure of the measure for the area (before this file wrote one).</summary>
    private bool Holds(string measure, string area)
    {
        if (_held is { } s)
        {
            raw.sqlite3_bind_text(s, 1, area);
            raw.sqlite3_bind_text(s, 2, measure);
            var rc = raw.sqlite3_step(s);
            raw.sqlite3_reset(s);
            if (rc is not (raw.SQLITE_ROW or raw.SQLITE_DONE)) Check(rc);
            return rc == raw.SQLITE_ROW;
        }
        _heldCommand!.Parameters[0].Value = area;
        _heldCommand.Parameters[1].Value = measure;
        return _heldCommand.ExecuteScalar() is not null;
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
        _replacing.Dispose();
        _heldCommand?.Dispose();
        if (_held is not null) raw.sqlite3_finalize(_held);
        if (_insert is not null) raw.sqlite3_finalize(_insert);
    }
}
