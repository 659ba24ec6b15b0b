using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Csp.Storage;

/// <summary>Small ADO.NET conveniences for the set-based SQL the importers and status use. Parameters are named <c>@name</c>.</summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Add(command, parameters);
        return command;
    }

    /// <summary>Adds parameters to a command, e.g. one that runs several statements in one round trip.</summary>
    public static void Add(DbCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
    }

    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static long Long(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public static List<T> Query<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<T>();
        while (reader.Read()) result.Add(map(reader));
        return result;
    }

    /// <summary>
    /// Rows of integer columns (no NULLs), each passed to <paramref name="map"/> in one array that is reused for every row.
    /// On SQLite the statement is stepped through the C API in the transaction open on the connection: ADO.NET's reader
    /// checks each value's type and nullness first, which made reading the 122,000 street counts of the sample twice as
    /// slow as stepping them (the largest read of every cold command).
    /// </summary>
    /// <param name="parameters">Text or integer values, named <c>@name</c> in the SQL.</param>
    public static List<T> QueryIntegers<T>(DbConnection connection, DbTransaction? transaction, string sql, int columns, Func<int[], T> map,
        params (string Name, object? Value)[] parameters)
    {
        var result = new List<T>();
        ForEachRow(connection, transaction, sql, columns, row => result.Add(map(row)), parameters);
        return result;
    }

    /// <summary>The same, each row handed to <paramref name="each"/> (in one array reused for every row) and kept by nobody.</summary>
    public static void ForEachRow(DbConnection connection, DbTransaction? transaction, string sql, int columns, Action<int[]> each,
        params (string Name, object? Value)[] parameters)
    {
        var row = new int[columns];
        if (connection is not SqliteConnection sqlite)
        {
            using var command = Command(connection, transaction, sql, parameters);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var c = 0; c < columns; c++) row[c] = reader.GetInt32(c);
                each(row);
            }
            return;
        }
        var handle = sqlite.Handle;
        var rc = raw.sqlite3_prepare_v2(handle, sql, out var statement);
        try
        {
            if (rc != raw.SQLITE_OK) throw new InvalidOperationException($"SQLite could not prepare \"{sql}\": {raw.sqlite3_errmsg(handle).utf8_to_string()} ({rc}).");
            if (raw.sqlite3_column_count(statement) != columns) throw new ArgumentException($"\"{sql}\" does not give {columns} columns.", nameof(columns));
            foreach (var (name, value) in parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, "@" + name.TrimStart('@'));
                if (index == 0) throw new ArgumentException($"\"{sql}\" has no parameter @{name}.", nameof(parameters));
                rc = value switch
                {
                    string text => raw.sqlite3_bind_text(statement, index, text),
                    int or long => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
                    _ => throw new ArgumentException($"Parameter @{name} is neither text nor an integer.", nameof(parameters)),
                };
                if (rc != raw.SQLITE_OK) throw new InvalidOperationException($"SQLite could not bind @{name} of \"{sql}\": {raw.sqlite3_errmsg(handle).utf8_to_string()} ({rc}).");
            }
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                for (var c = 0; c < columns; c++) row[c] = raw.sqlite3_column_int(statement, c);
                each(row);
            }
            if (rc != raw.SQLITE_DONE) throw new InvalidOperationException($"SQLite could not read \"{sql}\": {raw.sqlite3_errmsg(handle).utf8_to_string()} ({rc}).");
        }
        finally
        {
            raw.sqlite3_finalize(statement);
        }
    }
}
