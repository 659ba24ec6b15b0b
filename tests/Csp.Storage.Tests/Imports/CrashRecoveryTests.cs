using System.Diagnostics;
using System.IO.Compression;
using Csp.Storage;
using Csp.Testing;
using Csp.Storage.Tests.Infrastructure;

namespace Csp.Storage.Tests.Imports;

/// <summary>kill -9 in the middle of an import leaves no half file, and importing again completes it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CrashRecoveryTests(PostgresServer postgres)
{
    [Fact]
    public async Task Killing_the_import_mid_file_leaves_no_half_file_and_a_rerun_lands_every_row()
    {
        var (dir, big, expected) = await KentYearAsync();
        var database = Path.Combine(dir, "crash.sqlite");

        using (var migrate = StartCli("migrate", "--database", database)) await migrate.WaitForExitAsync();

        using (var process = StartCli("import", "police-uk", big, "--database", database))
        {
            // Wait until the import holds SQLite's write lock (its file transaction is open), let it write for a moment,
            // then kill it without warning. The probe takes the lock only when nobody holds it, and gives it straight back.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!WriterIsActive(database))
            {
                Assert.False(process.HasExited, "the import finished before its transaction was seen");
                Assert.True(DateTime.UtcNow < deadline, "the import's transaction was never seen");
                await Task.Delay(2);
            }
            await Task.Delay(150);
            Assert.False(process.HasExited, "the import finished before it could be killed");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var db = CspDatabase.Resolve(database, dir);
        await AssertNothingLandedThenARerunLandsEveryRowAsync(db, database, big, expected);
    }

    [Fact]
    public async Task Killing_an_import_into_PostgreSQL_mid_file_leaves_no_half_file_and_a_rerun_lands_every_row()
    {
        var (dir, big, expected) = await KentYearAsync();
        var database = await postgres.CreateDatabaseAsync();
        var db = CspDatabase.Resolve(database, dir);

        using (var migrate = StartCli("migrate", "--database", database)) await migrate.WaitForExitAsync();

        using (var process = StartCli("import", "police-uk", big, "--database", database))
        {
            // Wait until the import holds its advisory lock (its file transaction is open, the COPY about to stream), let it
            // write for a moment, then kill it without warning: the server sees the connection drop mid-COPY.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242002 AND granted") == 0)
            {
                Assert.False(process.HasExited, "the import finished before its transaction was seen");
                Assert.True(DateTime.UtcNow < deadline, "the import's transaction was never seen");
                await Task.Delay(2);
            }
            await Task.Delay(150);
            Assert.False(process.HasExited, "the import finished before it could be killed");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        await AssertNothingLandedThenARerunLandsEveryRowAsync(db, database, big, expected);
    }

    [Fact]
    public async Task Killing_the_PostgreSQL_server_mid_import_fails_the_import_clearly_and_a_rerun_after_recovery_lands_every_row()
    {
        var (dir, big, expected) = await KentYearAsync();
        // A server of its own: this test kills it.
        await using var server = new TemporaryPostgresServer();
        await server.StartAsync();
        var database = await server.CreateDatabaseAsync();
        var db = CspDatabase.Resolve(database, dir);
        using (var migrate = StartCli("migrate", "--database", database)) await migrate.WaitForExitAsync();

        using (var process = StartCli("import", "police-uk", big, "--database", database))
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242002 AND granted") == 0)
            {
                Assert.False(process.HasExited, "the import finished before its transaction was seen");
                Assert.True(DateTime.UtcNow < deadline, "the import's transaction was never seen");
                await Task.Delay(2);
            }
            await Task.Delay(150);
            Assert.False(process.HasExited, "the import finished before the server could be killed");
            await server.KillAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the import did not end after the server died");
            var said = await stdout + await stderr;
            // It reports the failure (a non-zero exit and a message naming the file), never success.
            Assert.True(process.ExitCode != 0, "exit 0 after the server died: " + said);
            Assert.True(said.Contains("kent-2025.csv", StringComparison.Ordinal), said);
        }

        await server.RestartAsync();
        await AssertNothingLandedThenARerunLandsEveryRowAsync(db, database, big, expected);
    }

    /// <summary>One big file of the twelve months of Kent 2025 (~180,000 rows), so that the kill lands inside its transaction.</summary>
    private static async Task<(string Directory, string File, long Rows)> KentYearAsync()
    {
        var dir = PoliceFiles.TempDirectory();
        var big = Path.Combine(dir, "kent-2025.csv");
        await using (var output = new StreamWriter(big))
        {
            var first = true;
            foreach (var month in new[] { "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12" })
            {
                await using var gz = new GZipStream(File.OpenRead(Path.Combine(Repository.SamplePoliceUk, $"2025-{month}-kent-street.csv.gz")), CompressionMode.Decompress);
                using var reader = new StreamReader(gz);
                var header = await reader.ReadLineAsync();
                if (first) await output.WriteLineAsync(header);
                first = false;
                while (await reader.ReadLineAsync() is { } line) await output.WriteLineAsync(line);
            }
        }
        return (dir, big, PoliceFiles.CountRows(big));
    }

    private static async Task AssertNothingLandedThenARerunLandsEveryRowAsync(CspDatabase db, string database, string big, long expected)
    {
        Assert.Equal(0, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM street_records"));
        Assert.Equal(0, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM force_months"));
        Assert.Equal(0, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM import_files"));

        using (var rerun = StartCli("import", "police-uk", big, "--database", database))
        {
            var output = await rerun.StandardOutput.ReadToEndAsync();
            await rerun.WaitForExitAsync();
            Assert.True(rerun.ExitCode == 0, output + await rerun.StandardError.ReadToEndAsync());
        }
        Assert.Equal(expected, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM street_records"));
        Assert.Equal(12, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM force_months"));
    }

    private static Process StartCli(params string[] arguments) => CspProcess.Start(arguments);

    /// <summary>True while another connection holds the database's write lock.</summary>
    /// <remarks>Through SQLite's C API: Microsoft.Data.Sqlite retries a busy statement until its command timeout.</remarks>
    private static bool WriterIsActive(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var handle = connection.Handle!;
        SQLitePCL.raw.sqlite3_busy_timeout(handle, 0);
        var rc = SQLitePCL.raw.sqlite3_exec(handle, "BEGIN IMMEDIATE");
        if (rc == SQLitePCL.raw.SQLITE_OK)
        {
            SQLitePCL.raw.sqlite3_exec(handle, "ROLLBACK");
            return false;
        }
        return rc is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED;
    }
}
