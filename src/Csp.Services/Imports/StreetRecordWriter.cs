using System.Data.Common;
using System.Globalization;
using Csp.Services.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Csp.Services.Imports;

/// <summary>Writes encoded street records in bulk: prepared inserts on SQLite, binary COPY on PostgreSQL.</summary>
internal abstract class StreetRecordWriter : IDisposable
{
    public static StreetRecordWriter Create(DatabaseProvider provider, DbConnection connection, DbTransaction transaction) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteWriter((SqliteConnection)connection, (SqliteTransaction)transaction),
        _ => new PostgresWriter((NpgsqlConnection)connection),
    };

    public abstract void Write(ReadOnlySpan<EncodedStreetRecord> rows);

    public virtual void Dispose()
    {
    }

    private sealed class SqliteWriter : StreetRecordWriter
    {
        private readonly SqliteCommand _insert;
        private readonly SqliteParameter[] _p;

        public SqliteWriter(SqliteConnection connection, SqliteTransaction transaction)
        {
            _insert = connection.CreateCommand();
            _insert.Transaction = transaction;
            _insert.CommandText = """
                INSERT INTO street_records (force_id, month, line, file_id, crime_id, falls_within_id, longitude, latitude,
                                            location_id, lsoa_id, crime_type_id, outcome_id, context)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                """;
            _p = Enumerable.Range(1, 13).Select(i => _insert.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
            _insert.Prepare();
        }

        public override void Write(ReadOnlySpan<EncodedStreetRecord> rows)
        {
            foreach (ref readonly var r in rows)
            {
                _p[0].Value = r.ForceId;
                _p[1].Value = r.Month;
                _p[2].Value = r.Line;
                _p[3].Value = r.FileId;
                _p[4].Value = (object?)r.CrimeId ?? DBNull.Value;
                _p[5].Value = r.FallsWithinId;
                _p[6].Value = r.Longitude is { } lon ? lon : DBNull.Value;
                _p[7].Value = r.Latitude is { } lat ? lat : DBNull.Value;
                _p[8].Value = r.LocationId is { } loc ? loc : DBNull.Value;
                _p[9].Value = r.LsoaId is { } lsoa ? lsoa : DBNull.Value;
                _p[10].Value = r.CrimeTypeId;
                _p[11].Value = r.OutcomeId is { } o ? o : DBNull.Value;
                _p[12].Value = (object?)r.Context ?? DBNull.Value;
                _insert.ExecuteNonQuery();
            }
        }

        public override void Dispose() => _insert.Dispose();
    }

    private sealed class PostgresWriter(NpgsqlConnection connection) : StreetRecordWriter
    {
        public override void Write(ReadOnlySpan<EncodedStreetRecord> rows)
        {
            if (rows.IsEmpty) return;
            using var copy = connection.BeginBinaryImport("""
                COPY street_records (force_id, month, line, file_id, crime_id, falls_within_id, longitude, latitude,
                                     location_id, lsoa_id, crime_type_id, outcome_id, context) FROM STDIN (FORMAT BINARY)
                """);
            foreach (ref readonly var r in rows)
            {
                copy.StartRow();
                copy.Write(r.ForceId, NpgsqlDbType.Integer);
                copy.Write(r.Month, NpgsqlDbType.Integer);
                copy.Write(r.Line, NpgsqlDbType.Bigint);
                copy.Write(r.FileId, NpgsqlDbType.Bigint);
                WriteNullable(copy, r.CrimeId);
                copy.Write(r.FallsWithinId, NpgsqlDbType.Integer);
                WriteNullable(copy, r.Longitude);
                WriteNullable(copy, r.Latitude);
                WriteNullable(copy, r.LocationId);
                WriteNullable(copy, r.LsoaId);
                copy.Write(r.CrimeTypeId, NpgsqlDbType.Integer);
                WriteNullable(copy, r.OutcomeId);
                WriteNullable(copy, r.Context);
            }
            copy.Complete();
        }

        private static void WriteNullable(NpgsqlBinaryImporter copy, string? value)
        {
            if (value is null) copy.WriteNull();
            else copy.Write(value, NpgsqlDbType.Text);
        }

        private static void WriteNullable(NpgsqlBinaryImporter copy, double? value)
        {
            if (value is { } v) copy.Write(v, NpgsqlDbType.Double);
            else copy.WriteNull();
        }

        private static void WriteNullable(NpgsqlBinaryImporter copy, int? value)
        {
            if (value is { } v) copy.Write(v, NpgsqlDbType.Integer);
            else copy.WriteNull();
        }
    }
}
