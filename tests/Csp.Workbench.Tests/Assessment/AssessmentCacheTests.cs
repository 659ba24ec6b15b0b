using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Assessment;
using Microsoft.Extensions.Logging.Abstractions;

namespace Csp.Workbench.Tests.Assessment;

/// <summary>
/// The web app's assessment data in memory follows the database: an import by another process (the command line beside a
/// running server) is in the answers within a few seconds, not only after a restart.
/// </summary>
public sealed class AssessmentCacheTests
{
    [Fact]
    public async Task An_import_by_another_process_replaces_the_month_in_the_served_data()
    {
        var folder = PoliceFiles.TempDirectory();
        var path = Path.Combine(folder, "csp.sqlite");
        var first = PoliceFiles.Write(Path.Combine(folder, "a"), "2025-01-kent-street.csv",
            PoliceFiles.Crime("a1"), PoliceFiles.Crime("a2"), PoliceFiles.Crime("a3", type: "Robbery"));
        var second = PoliceFiles.Write(Path.Combine(folder, "b"), "2025-01-kent-street.csv",
            PoliceFiles.Crime("a1"), PoliceFiles.Crime("a3", type: "Robbery"));
        Assert.Equal(0, (await CspProcess.RunAsync("import", "police-uk", first, "--database", path)).Exit);

        var cache = new AssessmentCache(CspDatabase.Resolve(path, Repository.Root), NullLogger<AssessmentCache>.Instance, TimeProvider.System);
        var before = await cache.GetAsync(CancellationToken.None);
        Assert.Equal(3, Total(before));

        // Another process replaces the month: nothing tells this cache.
        var (exit, output) = await CspProcess.RunAsync("import", "police-uk", second, "--database", path);
        Assert.True(exit == 0, output);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var now = before;
        while (Total(now) == 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            now = await cache.GetAsync(CancellationToken.None);
        }
        Assert.Equal(2, Total(now));
        Assert.True(now.Data.Stamp > before.Data.Stamp);

        // The same content again changes nothing, and the data is not loaded again for it.
        Assert.Equal(0, (await CspProcess.RunAsync("import", "police-uk", second, "--database", path)).Exit);
        await Task.Delay(AssessmentCache.CheckInterval * 3);
        await cache.GetAsync(CancellationToken.None);
        await Task.Delay(500);
        Assert.Same(now, await cache.GetAsync(CancellationToken.None));
    }

    private static long Total(AssessmentSnapshot snapshot)
    {
        var counts = snapshot.Data.Counts;
        long total = 0;
        for (var u = 0; u < counts.Units.Count; u++)
            for (var t = 0; t < counts.CrimeTypes.Count; t++)
                for (var m = 0; m < counts.MonthCount; m++) total += counts[u, t, m];
        return total;
    }
}
