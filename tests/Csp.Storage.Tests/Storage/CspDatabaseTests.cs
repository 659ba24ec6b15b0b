using Csp.Testing;
using Microsoft.EntityFrameworkCore;

namespace Csp.Storage.Tests.Storage;

public sealed class CspDatabaseTests
{
    [Fact]
    public async Task A_contexts_sqlite_connection_waits_for_another_writer_as_the_databases_own_connections_do()
    {
        var folder = Directory.CreateTempSubdirectory("csp-busy-").FullName;
        try
        {
            var database = CspDatabase.Resolve(Path.Combine(folder, "busy.sqlite"), Repository.Root);
            long own, context;
            // The context first: connections are pooled, and one the database opened has had its pragmas set already.
            await using (var db = database.CreateContext())
            {
                await db.Database.OpenConnectionAsync();
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA busy_timeout";
                context = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            }

            await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "PRAGMA busy_timeout";
                own = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            }
            // SQLite's own busy handler, 30 s: not Microsoft.Data.Sqlite's retry after 150 ms sleeps (busy_timeout 0).
            Assert.Equal((30_000L, 30_000L), (own, context));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
