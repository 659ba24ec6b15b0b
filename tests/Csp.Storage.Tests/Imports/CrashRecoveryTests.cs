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
    // The kill must land while the file's transaction is open. How long the import writes depends on the machine (a quiet
    // one imports the year in well under a second), so each test waits a little less after each try whose kill came only
    // after the commit (the whole file landed); it fails if no try kills it in time, and any try that leaves part of a
    // file behind fails at once.
    private static readonly int[] WaitsAfterTheTransactionIsSeen = [150, 40, 5, 0];

    [Fact]
    public async Task Killing_the_import_mid_file_leaves_no_half_file_and_a_rerun_lands_every_row()
    {
        var (dir, big, expected) = await KentYearAsync();
        foreach (var wait in WaitsAfterTheTransactionIsSeen)
        {
            var database = Path.Combine(dir, $"crash-{wait}.sqlite");
            using (var migrate = StartCli("migrate", "--database", database)) await migrate.WaitForExitAsync();
            var db = CspDatabase.Resolve(database, dir);
            using (var process = StartCli("import", "police-uk", big, "--database", database))
            {
                // Wait until the import holds SQLite's write lock (its file transaction is open), let it write for a
                // moment, then kill it without warning. The probe takes the lock only when nobody holds it, and gives it
                // straight back.
                if (!await SeenAsync(process, () => Task.FromResult(WriterIsActive(database)), wait)) continue;
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            if (await LandedAfterTheKillAsync(db, expected)) continue;
            await AssertNothingLandedThenARerunLandsEveryRowAsync(db, database, big, expected);
            return;
        }
        Assert.Fail("every try's import committed before it could be killed");
    }

    [Fact]
    public async Task Killing_an_import_into_PostgreSQL_mid_file_leaves_no_half_file_and_a_rerun_lands_every_row()
    {
        var (dir, big, expected) = await KentYearAsync();
        foreach (var wait in WaitsAfterTheTransactionIsSeen)
        {
            var database = await postgres.CreateDatabaseAsync();
            var db = CspDatabase.Resolve(database, dir);
            using (var migrate = StartCli("migrate", "--database", database)) await migrate.WaitForExitAsync();
            using (var process = StartCli("import", "police-uk", big, "--database", database))
            {
                // Wait until the import holds its advisory lock (its file transaction is open, the COPY about to
                // stream), let it write for a moment, then kill it without warning: the server sees the connection drop
                // mid-COPY.
                if (!await SeenAsync(process, () => ImportLockHeldAsync(db), wait)) continue;
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            if (await LandedAfterTheKillAsync(db, expected)) continue;
            await AssertNothingLandedThenARerunLandsEveryRowAsync(db, database, big, expected);
            return;
        }
        Assert.Fail("every try's import committed before it could be killed");
    }

    [Fact]
    public async Task Killing_the_PostgreSQL_server_mid_import_fails_the_import_clearly_and_a_rerun_after_recovery_lands_every_row()
    {
        var (dir, big, expected) = await KentYearAsync();
        foreach (var wait in WaitsAfterTheTransactionIsSeen)
        {
            // A server of its own: this test kills it.
            await using var server = new TemporaryPostgresServer();
            await server.StartAsync();
            var database = await server.CreateDatabaseAsync();
            var db = CspDatabase.Resolve(database, dir);
            using (var migrate = StartCli("migrate", "--database", database)) await migrate.WaitForExitAsync();

            string said;
            int exitCode;
            using (var process = StartCli("import", "police-uk", big, "--database", database))
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                if (!await SeenAsync(process, () => ImportLockHeldAsync(db), wait))
                {
                    await process.WaitForExitAsync();
                    continue;
                }
                await server.KillAsync();
                Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the import did not end after the server died");
                said = await stdout + await stderr;
                exitCode = process.ExitCode;
            }
            await server.RestartAsync();
            // Exit 0 is right only when the file had committed before the server died: then every row is there.
            if (exitCode == 0 && await LandedAfterTheKillAsync(db, expected)) continue;
            // Otherwise it reports the failure (a non-zero exit and a message naming the file), never success.
            Assert.True(exitCode != 0, "exit 0 after the server died: " + said);
            Assert.True(said.Contains("kent-2025.csv", StringComparison.Ordinal), said);
            await AssertNothingLandedThenARerunLandsEveryRowAsync(db, database, big, expected);
            return;
        }
        Assert.Fail("every try's import committed before the server could be killed");
    }

    /// <summary>Waits until the import's transaction is seen, then <paramref name="wait"/> ms; false when the import
    /// finished first (the try is spent).</summary>
    private static async Task<bool> SeenAsync(Process process, Func<Task<bool>> transactionOpen, int wait)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await transactionOpen())
        {
            if (process.HasExited) return false;
            Assert.True(DateTime.UtcNow < deadline, "the import's transaction was never seen");
            await Task.Delay(2);
        }
        if (wait > 0) await Task.Delay(wait);
        return !process.HasExited;
    }

    private static async Task<bool> ImportLockHeldAsync(CspDatabase db) =>
        await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242002 AND granted") > 0;

    /// <summary>True when the kill came after the commit (the whole file is there): the try did not test a crash. Part
    /// of a file is never acceptable.</summary>
    private static async Task<bool> LandedAfterTheKillAsync(CspDatabase db, long expected)
    {
        var landed = await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM street_records");
        Assert.True(landed == 0 || landed == expected, $"{landed:N0} of {expected:N0} rows landed: half a file");
        return landed == expected;
    }

    private static async Task<(string Directory, string File, long Rows)> KentYearAsync()
    {
        var dir = PoliceFiles.TempDirectory();
        var (file, rows) = await PoliceFiles.KentYearAsync(dir);
        return (dir, file, rows);
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

    private static bool WriterIsActive(string path) => SqliteWriter.IsActive(path);
}
