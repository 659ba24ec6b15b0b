using Csp.Storage;
using Csp.Testing;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests;

/// <summary>
/// What an app does when it starts on a database that holds police data (a restart): an import a stopped app left queued is
/// marked failed before the app takes requests, and the sample's demonstration caseload, when the sample is asked for
/// (<c>./csp serve</c> without --no-sample) and the database lacks it, is loaded once the app listens, once.
/// </summary>
public sealed class StartupTests
{
    private static readonly Dictionary<string, string?> WithSample = new() { ["Csp:ImportSampleWhenEmpty"] = "true" };

    [Fact]
    public async Task A_restart_marks_an_unfinished_import_failed_before_listening_and_loads_the_missing_caseload_once_after()
    {
        var path = await SampleDatabases.SqliteCopyAsync();
        try
        {
            long queued;
            await using (var first = new CspAppFactory(path))
            {
                _ = first.Server;
                var imports = first.Services.GetRequiredService<BrowserImports>();
                queued = (await imports.QueueAsync("police", ["2025-01-kent-street.csv"], 100, "admin", CancellationToken.None)).Id;
            }
            Assert.Equal(0, await DemoCasesAsync(path));

            var console = new StringWriter();
            await using (var restarted = new CspAppFactory(path, WithSample, console))
            {
                _ = restarted.Server;
                // Before the first request: the import the stopped app left is failed, with the reason.
                var imports = restarted.Services.GetRequiredService<BrowserImports>();
                var row = await imports.FindAsync(queued, null, CancellationToken.None);
                Assert.Equal(ImportStatus.Failed, row!.Status);
                Assert.Contains("The app stopped before this import finished", row.Message, StringComparison.Ordinal);
                // The caseload comes once the app listens (the sample's own police data is not loaded again).
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while (await DemoCasesAsync(path) == 0 && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(100);
                Assert.Equal(40, await DemoCasesAsync(path));
            }
            Assert.Contains("Loaded the demonstration ASB caseload: 40 fictitious cases", console.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("loading the bundled sample", console.ToString(), StringComparison.Ordinal);

            var again = new StringWriter();
            await using (var third = new CspAppFactory(path, WithSample, again))
            {
                _ = third.Server;
            }
            Assert.Equal(40, await DemoCasesAsync(path));
            Assert.DoesNotContain("Loaded", again.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            SqliteFiles.Delete(path);
        }
    }

    private static async Task<int> DemoCasesAsync(string path)
    {
        await using var db = CspDatabase.Resolve(path, Repository.Root).CreateContext();
        return await db.AsbCases.CountAsync(c => c.Demo);
    }
}
