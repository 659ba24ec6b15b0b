using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Csp.Storage.Loaders;

/// <summary>
/// The located rows of one file counted by force, month, LSOA and crime type as they are written, and stored in
/// <c>street_counts</c> (migration 0013) in the file's transaction: the counts of each force-month the file holds replace
/// that force-month's counts, as its rows replace the earlier rows. A force-month is always held from one file, so the
/// table stays equal to a GROUP BY over the rows.
/// </summary>
internal sealed class StreetCountTally
{
    private readonly Dictionary<(int Force, int Month, int Lsoa, int Type), int> _cells = [];

    /// <summary>Counts the rows of a chunk that are about to be written; rows without an LSOA are in no area and not counted.</summary>
    public void Add(StreetRecordChunk chunk)
    {
        foreach (ref readonly var r in chunk.Rows.AsSpan(0, chunk.Count))
        {
            if (r.LsoaId is not { } lsoa) continue;
            CollectionsMarshal.GetValueRefOrAddDefault(_cells, (r.ForceId, r.Month, lsoa, r.CrimeTypeId), out _)++;
        }
    }

    /// <summary>
    /// Replaces the counts of <paramref name="units"/> (every force-month the file holds rows of, whether or not any is
    /// located) with this file's, inside <paramref name="transaction"/>.
    /// </summary>
    public void Write(DatabaseProvider provider, DbConnection connection, DbTransaction transaction, IEnumerable<(int Force, int Month)> units, PgBinaryRows copyBuffer)
    {
        using (var delete = Sql.Command(connection, transaction, "DELETE FROM street_counts WHERE force_id = @f AND month = @m", ("f", 0), ("m", 0)))
        {
            foreach (var (force, month) in units)
            {
                delete.Parameters[0].Value = force;
                delete.Parameters[1].Value = month;
                delete.ExecuteNonQuery();
            }
        }
        if (_cells.Count == 0) return;
        // In key order: each force-month's cells extend the index at one place.
        var cells = _cells.ToArray();
        Array.Sort(cells, static (a, b) => a.Key.CompareTo(b.Key));
        if (provider == DatabaseProvider.Sqlite) WriteSqlite((SqliteConnection)connection, cells);
        else WritePostgres((NpgsqlConnection)connection, cells, copyBuffer);
    }

    /// <summary>One prepared insert stepped through SQLite's C API, in the transaction open on the connection (as the rows are written).</summary>
    private static void WriteSqlite(SqliteConnection connection, KeyValuePair<(int Force, int Month, int Lsoa, int Type), int>[] cells)
    {
        Check(connection, raw.sqlite3_prepare_v2(connection.Handle,
            "INSERT INTO street_counts (force_id, month, lsoa_id, crime_type_id, records) VALUES (?1, ?2, ?3, ?4, ?5)", out var insert));
        try
        {
            foreach (var ((force, month, lsoa, type), records) in cells)
            {
                raw.sqlite3_bind_int(insert, 1, force);
                raw.sqlite3_bind_int(insert, 2, month);
                raw.sqlite3_bind_int(insert, 3, lsoa);
                raw.sqlite3_bind_int(insert, 4, type);
                raw.sqlite3_bind_int(insert, 5, records);
                var rc = raw.sqlite3_step(insert);
                raw.sqlite3_reset(insert);
                if (rc != raw.SQLITE_DONE) Check(connection, rc);
            }
        }
        finally
        {
            raw.sqlite3_finalize(insert);
        }
    }

    private static void WritePostgres(NpgsqlConnection connection, KeyValuePair<(int Force, int Month, int Lsoa, int Type), int>[] cells, PgBinaryRows rows)
    {
        var b = rows.Begin();
        foreach (var ((force, month, lsoa, type), records) in cells)
        {
            b.Row(5);
            b.Int32(force);
            b.Int32(month);
            b.Int32(lsoa);
            b.Int32(type);
            b.Int32(records);
        }
        using var copy = connection.BeginRawBinaryCopy("COPY street_counts (force_id, month, lsoa_id, crime_type_id, records) FROM STDIN (FORMAT BINARY)");
        copy.Write(b.Bytes);
        copy.Write(PgBinaryRows.Trailer);
    }

    private static void Check(SqliteConnection connection, int rc)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE) return;
        throw new InvalidOperationException($"SQLite could not store the street counts: {raw.sqlite3_errmsg(connection.Handle).utf8_to_string()} ({rc}).");
    }
}
