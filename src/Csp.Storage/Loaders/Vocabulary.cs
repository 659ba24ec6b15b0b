using System.Data.Common;
using System.Globalization;
using Csp.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Csp.Storage.Loaders;

/// <summary>
/// The ids of one vocabulary table (crime types, outcomes, forces, street names, police LSOAs), cached for a run.
/// New values get the next ids here and are written once per file, after its rows, inside the import's transaction:
/// a round trip per new street name would cost more than the rows. Imports into one database are serialised
/// (SQLite's write lock, a PostgreSQL advisory lock), so ids assigned here cannot collide; <see cref="Refresh"/> picks up
/// what another process added since, and <see cref="Forget"/> drops the cache after a rollback.
/// </summary>
internal sealed class Vocabulary<TKey>(string table, string[] columns, Func<DbDataReader, TKey> read, Func<TKey, object?[]> values) : IVocabulary
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _ids = [];
    private readonly List<(int Id, TKey Key)> _pending = [];
    private int _maxId = -1;
    // The last value asked for: rows sorted by LSOA repeat their LSOA, force and often crime type from row to row, and the
    // reader hands out the same string instance for the same text, so the comparison is mostly a reference check.
    private (TKey Key, int Id)? _last;

    /// <summary>The largest id in the table, as a scalar subquery: the importer reads every vocabulary's in one statement.</summary>
    public string MaxIdSql => $"(SELECT coalesce(max(id), 0) FROM {table})";

    /// <summary>Call at the start of each file's transaction with the table's <see cref="MaxIdSql"/>: reloads when the table has grown behind this cache.</summary>
    public void Refresh(DbConnection connection, DbTransaction transaction, int maxId)
    {
        if (maxId == _maxId) return;
        _ids.Clear();
        _last = null;
        var sql = $"SELECT id, {string.Join(", ", columns)} FROM {table}";
        foreach (var (id, key) in Sql.Query(connection, transaction, sql, r => (Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), read(r))))
        {
            _ids[key] = id;
        }
        _maxId = maxId;
    }

    public int Id(TKey key)
    {
        if (_last is { } last && EqualityComparer<TKey>.Default.Equals(last.Key, key)) return last.Id;
        if (!_ids.TryGetValue(key, out var id))
        {
            id = ++_maxId;
            _ids[key] = id;
            _pending.Add((id, key));
        }
        _last = (key, id);
        return id;
    }

    /// <summary>
    /// Stores the values added since the last call. Call it once the thread that assigns ids has finished with the file.
    /// On PostgreSQL it returns one statement (its arrays added to <paramref name="batch"/>) for the caller to send with
    /// the file's last statements; on SQLite it inserts through a prepared statement and returns null.
    /// </summary>
    public string? WriteNew(DbConnection connection, DbTransaction transaction, DbCommand batch)
    {
        if (_pending.Count == 0) return null;
        try
        {
            if (connection is NpgsqlConnection) return InsertFromArrays(batch);
            InsertPrepared((SqliteConnection)connection);
            return null;
        }
        finally
        {
            _pending.Clear();
        }
    }

    /// <summary>One INSERT from unnested arrays, however many values: no round trip per value.</summary>
    private string InsertFromArrays(DbCommand batch)
    {
        var ids = new int[_pending.Count];
        var texts = columns.Select(_ => new string[_pending.Count]).ToArray();
        for (var i = 0; i < _pending.Count; i++)
        {
            ids[i] = _pending[i].Id;
            var v = values(_pending[i].Key);
            for (var c = 0; c < texts.Length; c++) texts[c][i] = (string)v[c]!;
        }
        Sql.Add(batch, ($"{table}_id", ids));
        for (var c = 0; c < texts.Length; c++) Sql.Add(batch, ($"{table}_{columns[c]}", texts[c]));
        var arrays = string.Join(", ", columns.Select(c => $"@{table}_{c}"));
        var names = string.Join(", ", columns);
        // In the order of the unique index on the names: each insertion lands next to the last one in it.
        return $"INSERT INTO {table} (id, {names}) SELECT * FROM unnest(@{table}_id, {arrays}) AS v (id, {names}) ORDER BY {names}";
    }

    /// <summary>A prepared statement through SQLite's C API: the rows are written in process, so a statement per value is cheap.</summary>
    private void InsertPrepared(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var placeholders = string.Join(", ", columns.Select((_, i) => "?" + (i + 2).ToString(CultureInfo.InvariantCulture)));
        Check(handle, raw.sqlite3_prepare_v2(handle, $"INSERT INTO {table} (id, {string.Join(", ", columns)}) VALUES (?1, {placeholders})", out var statement));
        try
        {
            foreach (var (id, key) in _pending)
            {
                raw.sqlite3_bind_int(statement, 1, id);
                var v = values(key);
                for (var i = 0; i < v.Length; i++) raw.sqlite3_bind_text(statement, i + 2, (string)v[i]!);
                var rc = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                Check(handle, rc);
            }
        }
        finally
        {
            raw.sqlite3_finalize(statement);
        }
    }

    private void Check(sqlite3 handle, int rc)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE) return;
        throw new InvalidOperationException($"SQLite could not add to {table}: {raw.sqlite3_errmsg(handle).utf8_to_string()} ({rc}).");
    }

    public void Forget()
    {
        _ids.Clear();
        _last = null;
        _pending.Clear();
        _maxId = -1;
    }
}
