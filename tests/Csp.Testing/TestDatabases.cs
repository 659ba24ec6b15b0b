using Csp.Storage;

namespace Csp.Testing;

/// <summary>Fresh, migrated databases of either kind for a test.</summary>
public static class TestDatabases
{
    public static async Task<CspDatabase> CreateAsync(DatabaseProvider provider, PostgresServer postgres, string? upTo = null)
    {
        CspDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), "csp-tests", $"{Guid.NewGuid():N}.sqlite");
            database = CspDatabase.Resolve(file, Repository.Root);
        }
        else
        {
            database = CspDatabase.Resolve(await postgres.CreateDatabaseAsync(), Repository.Root);
        }
        await SchemaMigrator.MigrateAsync(database, CancellationToken.None, upTo);
        return database;
    }
}
