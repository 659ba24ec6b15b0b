using System.Data.Common;
using System.Globalization;
using Csp.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Csp.Storage.Loaders;

/// <summary>Writes encoded street records in bulk: prepared inserts on SQLite, binary COPY on PostgreSQL.</summary>
internal abstract class StreetRecordWriter : IDisposable
{
    /// <param name="copyBuffer">Where PostgreSQL's rows are encoded; the caller keeps it from file to file.</param>
    public static StreetRecordWriter Create(DatabaseProvider provider, DbConnection connection, DbTransaction transaction, PgBinaryRows copyBuffer) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteWriter((SqliteConnection)connection, (SqliteTransaction)transaction),
        _ => new PostgresWriter((NpgsqlConnection)connection, copyBuffer),
    };


    /// <summary>Writes the chunk's encoded rows.</summary>
    public abstract void Write(StreetRecordChunk chunk);

    /// <summary>Ends any bulk operation in progress, so that the connection can run other statements.</summary>
    public virtual void Close()
    {
    }

    public virtual void Dispose()
    {
    }

    /// <summary>
    /// Binds and steps one prepared statement through SQLite's C API: the ADO.NET layer costs several times what SQLite
    /// itself spends on a row. The statement runs inside the connection's open transaction.
    /// </summary>
    private sealed class SqliteWriter : StreetRecordWriter
    {
        private readonly SqliteConnection _connection;
        private readonly sqlite3_stmt _insert;

        public SqliteWriter(SqliteConnection connection, SqliteTransaction transaction)
        {
            _ = transaction; // the raw statement joins the transaction open on the connection
            _connection = connection;
            var rc = raw.sqlite3_prepare_v2(connection.Handle, """
                INSERT INTO street_records (force_id, month, line, file_id, crime_id, falls_within_id, longitude, latitude,
                                            location_id, lsoa_id, crime_type_id, outcome_id, context)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                """, out _insert);
            Check(rc);
        }

        public override void Write(StreetRecordChunk chunk)
        {
            var s = _insert;
            foreach (ref readonly var r in chunk.Rows.AsSpan(0, chunk.Count))
            {
                raw.sqlite3_bind_int(s, 1, r.ForceId);
                raw.sqlite3_bind_int(s, 2, r.Month);
                raw.sqlite3_bind_int64(s, 3, r.Line);
                raw.sqlite3_bind_int64(s, 4, r.FileId);
                if (r.CrimeIdLength == 0) raw.sqlite3_bind_null(s, 5); else raw.sqlite3_bind_text(s, 5, chunk.CrimeId(r));
                raw.sqlite3_bind_int(s, 6, r.FallsWithinId);
                if (r.Longitude is { } lon) raw.sqlite3_bind_double(s, 7, lon); else raw.sqlite3_bind_null(s, 7);
                if (r.Latitude is { } lat) raw.sqlite3_bind_double(s, 8, lat); else raw.sqlite3_bind_null(s, 8);
                if (r.LocationId is { } loc) raw.sqlite3_bind_int(s, 9, loc); else raw.sqlite3_bind_null(s, 9);
                if (r.LsoaId is { } lsoa) raw.sqlite3_bind_int(s, 10, lsoa); else raw.sqlite3_bind_null(s, 10);
                raw.sqlite3_bind_int(s, 11, r.CrimeTypeId);
                if (r.OutcomeId is { } o) raw.sqlite3_bind_int(s, 12, o); else raw.sqlite3_bind_null(s, 12);
                if (r.Context is null) raw.sqlite3_bind_null(s, 13); else raw.sqlite3_bind_text(s, 13, r.Context);
                var rc = raw.sqlite3_step(s);
                raw.sqlite3_reset(s);
                if (rc != raw.SQLITE_DONE) Check(rc, r.Line);
            }
        }

        private void Check(int rc, long line = 0)
        {
            if (rc is raw.SQLITE_OK or raw.SQLITE_DONE) return;
            var message = raw.sqlite3_errmsg(_connection.Handle).utf8_to_string();
            throw new InvalidOperationException(line > 0 ? $"SQLite could not store the row of line {line}: {message} ({rc})." : $"SQLite: {message} ({rc}).");
        }

        public override void Dispose() => raw.sqlite3_finalize(_insert);
    }

    /// <summary>
    /// One binary COPY kept open across chunks (see <see cref="PgBinaryRows"/>) until <see cref="Close"/>: a COPY per
    /// chunk costs a statement round trip each time.
    /// </summary>
    private sealed class PostgresWriter(NpgsqlConnection connection, PgBinaryRows rows) : StreetRecordWriter
    {
        private readonly PgBinaryRows _rows = rows;
        private NpgsqlRawCopyStream? _copy;


        public override void Write(StreetRecordChunk chunk)
        {
            if (chunk.Count == 0) return;
            var b = _copy is null ? _rows.Begin() : _rows.Continue();
            foreach (ref readonly var r in chunk.Rows.AsSpan(0, chunk.Count))
            {
                b.Row(13);
                b.Int32(r.ForceId);
                b.Int32(r.Month);
                b.Int64(r.Line);
                b.Int64(r.FileId);
                b.Utf8OrNull(chunk.CrimeId(r));
                b.Int32(r.FallsWithinId);
                b.Double(r.Longitude);
                b.Double(r.Latitude);
                b.Int32(r.LocationId);
                b.Int32(r.LsoaId);
                b.Int32(r.CrimeTypeId);
                b.Int32(r.OutcomeId);
                b.Text(r.Context);
            }
            _copy ??= connection.BeginRawBinaryCopy("""
                COPY street_records (force_id, month, line, file_id, crime_id, falls_within_id, longitude, latitude,
                                     location_id, lsoa_id, crime_type_id, outcome_id, context) FROM STDIN (FORMAT BINARY)
                """);
            _copy.Write(b.Bytes);
        }

        public override void Close()
        {
            if (_copy is null) return;
            _copy.Write(PgBinaryRows.Trailer);
            _copy.Dispose();
            _copy = null;
        }

        public override void Dispose()
        {
            if (_copy is null) return;
            // Only on a failure path (Close ends a good COPY): abandon it; the transaction rolls back.
            try
            {
                _copy.Cancel();
            }
            catch (Exception e) when (e is NpgsqlException or PostgresException or InvalidOperationException or IOException)
            {
            }
            _copy = null;
        }
    }
}
