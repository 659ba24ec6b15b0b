using System.Data;
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

    /// <summary>SQLite's page cache per connection, as <see cref="SqlitePragmas"/> sets it: 64 MB (negative = kilobytes).</summary>
    internal const int CacheSize = -65536;

    /// <summary>
    /// How every SQLite connection is set up as it opens, whoever opens it (<see cref="OpenConnectionAsync"/> or a
    /// <see cref="CspDbContext"/>): connections are pooled, so a handle one opened is reused by the other, and before these
    /// were set in one place a handle's settings depended on which opened it first. WAL lets readers (the web app) go on
    /// while an import writes. FULL: each commit is on disk before it returns, as the public survey form promises (a
    /// thanked response is never lost, even in a power cut); imports commit once a file, so it costs them one flush. SQLite's
    /// own busy handler (30 s) takes the lock as soon as it is free, where Microsoft.Data.Sqlite's retry sleeps 150 ms at a
    /// time (public form POST p95 171 ms against 47 ms, csp bench survey-form --clients 3, README).
    /// </summary>
    public static readonly string SqlitePragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA temp_store=MEMORY; PRAGMA cache_size=" + CacheSize.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";";

    /// <summary>A connection to this database, not open yet; a SQLite one sets <see cref="SqlitePragmas"/> each time it opens.</summary>
    public DbConnection CreateConnection()
    {
        if (Provider == DatabaseProvider.PostgreSql) return new NpgsqlConnection(ConnectionString);
        var connection = new SqliteConnection(ConnectionString);
        connection.StateChange += SetPragmas;
        return connection;
    }

    private static void SetPragmas(object? sender, StateChangeEventArgs change)
    {
        if (change.CurrentState != ConnectionState.Open || sender is not SqliteConnection connection) return;
        using var pragma = connection.CreateCommand();
        pragma.CommandText = SqlitePragmas;
        pragma.ExecuteNonQuery();
    }

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public CspDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<CspDbContext>();
        if (Provider == DatabaseProvider.Sqlite) options.UseSqlite(CreateConnection(), contextOwnsConnection: true);
        else options.UseNpgsql(ConnectionString);
        return new CspDbContext(options.Options);
    }
}
