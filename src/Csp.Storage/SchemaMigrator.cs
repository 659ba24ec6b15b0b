using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Csp.Storage;

/// <summary>
/// Brings a database's schema up to date with the versioned SQL scripts in <c>Storage/Migrations</c>
/// (<c>NNNN_name.sqlite.sql</c> and <c>NNNN_name.postgres.sql</c>), each applied once, in order, in its own transaction,
/// and recorded in <c>schema_migrations</c>. Scripts only ever add to a schema, so upgrading keeps the data.
/// </summary>
/// <remarks>Plain SQL rather than EF migrations: the EF design-time tooling is not available here, and SQL is what a reviewer reads.</remarks>
public static class SchemaMigrator
{
    public sealed record Migration(string Id, string Sql);

    public static IReadOnlyList<Migration> Migrations(DatabaseProvider provider)
    {
        var suffix = provider == DatabaseProvider.Sqlite ? ".sqlite.sql" : ".postgres.sql";
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(suffix, StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[..^suffix.Length];
                var id = file[(file.LastIndexOf(".Migrations.", StringComparison.Ordinal) + ".Migrations.".Length)..];
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return new Migration(id, reader.ReadToEnd());
            })
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Applies the scripts not yet applied, up to and including <paramref name="upTo"/> when given. Returns the ids applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(CspDatabase database, CancellationToken cancellationToken, string? upTo = null)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (id text NOT NULL PRIMARY KEY, applied_at text NOT NULL)", cancellationToken).ConfigureAwait(false);
        var applied = new List<string>();
        foreach (var migration in Migrations(database.Provider))
        {
            if (upTo is not null && string.CompareOrdinal(migration.Id, upTo) > 0) break;
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (database.Provider == DatabaseProvider.PostgreSql)
            {
                // Two processes starting at once must not both apply a script.
                await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(4242001)", cancellationToken).ConfigureAwait(false);
            }
            await using (var check = connection.CreateCommand())
            {
                check.Transaction = transaction;
                check.CommandText = "SELECT count(*) FROM schema_migrations WHERE id = @id";
                var p = check.CreateParameter();
                p.ParameterName = "id";
                p.Value = migration.Id;
                check.Parameters.Add(p);
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0) continue;
            }
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (id, applied_at) VALUES (@id, @at)";
                var id = record.CreateParameter();
                id.ParameterName = "id";
                id.Value = migration.Id;
                var at = record.CreateParameter();
                at.ParameterName = "at";
                at.Value = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
                record.Parameters.Add(id);
                record.Parameters.Add(at);
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied.Add(migration.Id);
        }
        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
