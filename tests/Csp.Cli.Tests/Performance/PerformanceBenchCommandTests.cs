using System.Diagnostics;
using System.Text.Json;
using Csp.Testing;

namespace Csp.Cli.Tests.Performance;

/// <summary>
/// <c>csp bench performance</c> at a tiny size, as ./csp runs it (the benchmarks program as its own process): the JSON has
/// each part, our import stored every generated return row, and the performance report is skipped without --database.
/// </summary>
public sealed class PerformanceBenchCommandTests
{
    [Fact]
    public async Task A_small_run_reports_each_part_and_stores_every_generated_return_row()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Csp.Benchmarks.dll"));
        foreach (var a in new[] { "performance", "--rows", "2000", "--areas", "5", "--measures", "3", "--runs", "1", "--no-postgres", "--format", "json" }) start.ArgumentList.Add(a);
        start.Environment["CSP_HOME"] = Repository.Root;
        start.Environment.Remove("CSP_DATABASE");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await stderr);
        using var json = JsonDocument.Parse(await stdout);
        var root = json.RootElement;

        var import = root.GetProperty("import");
        Assert.Equal(2000, import.GetProperty("rows").GetInt64());
        Assert.Equal(2000, import.GetProperty("stored").GetInt64());
        Assert.True(import.GetProperty("storedEqualsRows").GetBoolean());
        Assert.Equal((5, 3, 1), (import.GetProperty("areas").GetInt32(), import.GetProperty("measures").GetInt32(), import.GetProperty("runs").GetInt32()));
        Assert.True(import.GetProperty("ours").GetProperty("rowsPerSecond").GetProperty("median").GetDouble() > 0);
        Assert.True(import.GetProperty("peer").GetProperty("rowsPerSecond").GetProperty("median").GetDouble() > 0);
        Assert.True(import.GetProperty("ratioOursToPeer").GetDouble() > 0);
        Assert.StartsWith("skipped", import.GetProperty("postgres").GetString(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+(\.\d+)? \d+(\.\d+)? \d+(\.\d+)?$", import.GetProperty("loadAtStart").GetString()!);

        var compute = root.GetProperty("compute");
        Assert.Equal(5, compute.GetProperty("areas").GetInt32());
        Assert.Equal(3, compute.GetProperty("rowsPerTable").GetInt32());
        // 2000 rows of 5 areas x 3 measures reach back 133 periods: 2025-Q2 and 2024-Q2 hold a figure for every measure.
        Assert.Equal(3, compute.GetProperty("rowsWithBothFigures").GetInt32());
        Assert.True(compute.GetProperty("perCallMilliseconds").GetProperty("median").GetDouble() > 0);
        Assert.Equal(100, compute.GetProperty("goalMilliseconds").GetDouble());

        var report = root.GetProperty("report");
        Assert.StartsWith("skipped", report.GetProperty("skipped").GetString(), StringComparison.Ordinal);
        Assert.Equal(2000, report.GetProperty("goalMilliseconds").GetDouble());
    }
}
