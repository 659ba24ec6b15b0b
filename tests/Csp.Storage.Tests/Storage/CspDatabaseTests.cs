using Csp.Testing;
using Microsoft.EntityFrameworkCore;

namespace Csp.Storage.Tests.Storage;

public sealed class CspDatabaseTests
{
    [Fact]
    public async Task A_contexts_sqlite_connection_is_set_up_as_the_databases_own_connections_are()
    {
        var folder = Directory.CreateTempSubdirectory("csp-busy-").FullName;
        try
        {
            var database = CspDatabase.Resolve(Path.Combine(folder, "busy.sqlite"), Repository.Root);
            string own, context;
            // The context first: connections are pooled, and one the database opened has had its pragmas set already.
            await using (var db = database.CreateContext())
            {
                await db.Database.OpenConnectionAsync();
                await using var command = db.Database.GetDbConnection().CreateCommand();
                context = await SettingsAsync(command);
            }

            await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
            await using (var command = connection.CreateCommand())
            {
                own = await SettingsAsync(command);
            }
            // SQLite's own busy handler, 30 s (not Microsoft.Data.Sqlite's retry after 150 ms sleeps, busy_timeout 0), each
            // commit flushed (synchronous 2, FULL), the write-ahead log, temporary tables in memory (2), a 64 MB cache.
            Assert.Equal("30000 2 wal 2 -65536", own);
            Assert.Equal(own, context);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> SettingsAsync(System.Data.Common.DbCommand command)
    {
        var values = new List<string>();
        foreach (var pragma in new[] { "busy_timeout", "synchronous", "journal_mode", "temp_store", "cache_size" })
        {
            command.CommandText = "PRAGMA " + pragma;
            values.Add(Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return string.Join(" ", values);
    }
}
