using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Csp.Storage;

/// <summary>Which database the product uses, chosen from what the user gave: a SQLite file path or a connection string.</summary>
public sealed record CspDatabase(DatabaseProvider Provider, string ConnectionString, string Description)
{
    /// <summary>The environment variable that names the database when no <c>--database</c> option is given.</summary>
    public const string EnvironmentVariable = "CSP_DATABASE";

    /// <summary>
    /// Interprets <paramref name="value"/>: <c>Host=...</c> or a <c>postgres://</c> URI selects PostgreSQL; <c>Data Source=...</c>
    /// or anything else is a SQLite file (created with its folder on first use). Null means the default file,
    /// <c>data/db/csp.sqlite</c> under <paramref name="home"/>.
    /// </summary>
    public static CspDatabase Resolve(string? value, string home)
    {
        if (string.IsNullOrWhiteSpace(value)) value = Path.Combine(home, "data", "db", "csp.sqlite");
        var trimmed = value.Trim();
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return PostgresFromUri(new Uri(trimmed));
        }
        if (trimmed.Contains("Host=", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            var builder = new NpgsqlConnectionStringBuilder(trimmed);
            return Postgres(builder);
        }
        if (trimmed.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            var sqlite = new SqliteConnectionStringBuilder(trimmed);
            return new CspDatabase(DatabaseProvider.Sqlite, sqlite.ToString(), $"SQLite {sqlite.DataSource}");
        }
        var path = Path.GetFullPath(trimmed);
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true };
        return new CspDatabase(DatabaseProvider.Sqlite, connection.ToString(), $"SQLite {path}");
    }

    private static CspDatabase PostgresFromUri(Uri uri)
    {
        var userInfo = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.Trim('/'),
            Username = userInfo.Length > 0 && userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : null,
            Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : null,
        };
        return Postgres(builder);
    }

    private static CspDatabase Postgres(NpgsqlConnectionStringBuilder builder)
    {
        // Bulk imports and whole-area aggregates can take longer than the 30 s default.
        if (builder.CommandTimeout == 30) builder.CommandTimeout = 600;
        return new CspDatabase(DatabaseProvider.PostgreSql, builder.ConnectionString, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
    }

    /// <summary>SQLite's page cache per connection: 64 MB (negative = kilobytes).</summary>
    internal const int CacheSize = -65536;

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (connection is SqliteConnection)
        {
            // WAL lets readers (the web app) go on while an import writes; NORMAL is durable at each commit in WAL mode
            // for everything but a power cut, and a crash of the process never leaves half a transaction.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA temp_store=MEMORY; PRAGMA cache_size=" + CacheSize + ";";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return connection;
    }

    public CspDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<CspDbContext>();
        if (Provider == DatabaseProvider.Sqlite) options.UseSqlite(ConnectionString).AddInterceptors(SqliteBusyTimeout.Instance);
        else options.UseNpgsql(ConnectionString);
        return new CspDbContext(options.Options);
    }
}
