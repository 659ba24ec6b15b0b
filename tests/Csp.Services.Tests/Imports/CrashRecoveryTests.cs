using System.Diagnostics;
using System.IO.Compression;
using Csp.Services.Storage;
using Csp.Services.Tests.Infrastructure;

namespace Csp.Services.Tests.Imports;

/// <summary>kill -9 in the middle of an import leaves no half file, and importing again completes it.</summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task Killing_the_import_mid_file_leaves_no_half_file_and_a_rerun_lands_every_row()
    {
        // One big file of the twelve months of Kent 2025 (~180,000 rows), so that the kill lands inside its transaction.
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
        var expected = PoliceFiles.CountRows(big);
        var database = Path.Combine(dir, "crash.sqlite");

        // Time a whole import into a scratch database, then kill a second one a little before half way through (after the hash pass, before the commit). SQLite keeps
        // the uncommitted pages in its cache, so there is no outside sign of "mid-transaction" to wait for: time is the signal.
        var scratch = Path.Combine(dir, "scratch.sqlite");
        using (var migrate = StartCli("migrate", "--database", scratch)) await migrate.WaitForExitAsync();
        var watch = Stopwatch.StartNew();
        using (var whole = StartCli("import", "police-uk", big, "--database", scratch)) await whole.WaitForExitAsync();
        var duration = watch.Elapsed;
        using (var migrate = StartCli("migrate", "--database", database)) await migrate.WaitForExitAsync();

        using (var process = StartCli("import", "police-uk", big, "--database", database))
        {
            await Task.Delay(duration * 0.45);
            Assert.False(process.HasExited, "the import finished before it could be killed");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var db = CspDatabase.Resolve(database, dir);
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
}
