using System.Data.Common;
using System.Globalization;
using Csp.Services.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Csp.Services.Imports;

/// <summary>
/// The ids of one vocabulary table (crime types, outcomes, forces, street names, police LSOAs), cached for a run.
/// New values get the next ids here and are written in one prepared batch per chunk, inside the import's transaction:
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

    /// <summary>Call at the start of each file's transaction: reloads when the table has grown behind this cache.</summary>
    public void Refresh(DbConnection connection, DbTransaction transaction)
    {
        var max = (int)Sql.Long(connection, transaction, $"SELECT coalesce(max(id), 0) FROM {table}");
        if (max == _maxId) return;
        _ids.Clear();
        var sql = $"SELECT id, {string.Join(", ", columns)} FROM {table}";
        foreach (var (id, key) in Sql.Query(connection, transaction, sql, r => (Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), read(r))))
        {
            _ids[key] = id;
        }
        _maxId = max;
    }

    public int Id(TKey key)
    {
        if (_ids.TryGetValue(key, out var id)) return id;
        id = ++_maxId;
        _ids[key] = id;
        _pending.Add((id, key));
        return id;
    }

    /// <summary>
    /// Hands over the values added since the last call, as an action that writes them: the parsing thread assigns ids,
    /// the writing thread stores them with the chunk of rows that first used them.
    /// </summary>
    public Action<DbConnection, DbTransaction>? Detach()
    {
        if (_pending.Count == 0) return null;
        var batch = _pending.ToArray();
        _pending.Clear();
        return (connection, transaction) => Write(connection, transaction, batch);
    }

    /// <summary>Binary COPY on PostgreSQL, a prepared statement through SQLite's C API.</summary>
    private void Write(DbConnection connection, DbTransaction transaction, (int Id, TKey Key)[] pending)
    {
        var names = string.Join(", ", columns);
        if (connection is NpgsqlConnection npgsql)
        {
            var rows = new PgBinaryRows().Begin();
            foreach (var (id, key) in pending)
            {
                var v = values(key);
                rows.Row((short)(v.Length + 1));
                rows.Int32(id);
                foreach (var text in v) rows.Text((string?)text);
            }
            using var copy = npgsql.BeginRawBinaryCopy($"COPY {table} (id, {names}) FROM STDIN (FORMAT BINARY)");
            copy.Write(rows.End());
        }
        else
        {
            var handle = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
            var placeholders = string.Join(", ", columns.Select((_, i) => "?" + (i + 2).ToString(CultureInfo.InvariantCulture)));
            Check(handle, raw.sqlite3_prepare_v2(handle, $"INSERT INTO {table} (id, {names}) VALUES (?1, {placeholders})", out var statement));
            try
            {
                foreach (var (id, key) in pending)
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
    }

    private void Check(sqlite3 handle, int rc)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE) return;
        throw new InvalidOperationException($"SQLite could not add to {table}: {raw.sqlite3_errmsg(handle).utf8_to_string()} ({rc}).");
    }

    public void Forget()
    {
        _ids.Clear();
        _pending.Clear();
        _maxId = -1;
    }
}
