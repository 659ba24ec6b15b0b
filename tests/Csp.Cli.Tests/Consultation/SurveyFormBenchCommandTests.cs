using System.Diagnostics;
using System.Text.Json;
using Csp.Testing;

namespace Csp.Cli.Tests.Consultation;

/// <summary>
/// <c>csp bench survey-form</c> at a tiny size, as ./csp runs it (the benchmarks program as its own process): every
/// submission the clients saw accepted is a response in the database, and the flood protection held.
/// </summary>
public sealed class SurveyFormBenchCommandTests
{
    [Fact]
    public async Task A_small_run_stores_every_submission_the_clients_saw_accepted_and_the_rate_limit_and_honeypot_hold()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Csp.Benchmarks.dll"));
        foreach (var a in new[] { "survey-form", "--clients", "3", "--submissions", "30", "--runs", "2", "--format", "json" }) start.ArgumentList.Add(a);
        start.Environment["CSP_HOME"] = Repository.Root;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await stderr);
        using var json = JsonDocument.Parse(await stdout);
        var root = json.RootElement;
        // A warm-up and two runs of 30, then the rate limit check: 10 accepted of 11 from one address.
        Assert.Equal(3 * 30 + 10, root.GetProperty("accepted").GetInt64());
        Assert.Equal(root.GetProperty("accepted").GetInt64(), root.GetProperty("stored").GetInt64());
        Assert.Equal(0, root.GetProperty("storedWithoutAnswers").GetInt64());
        Assert.Equal(0, root.GetProperty("errors").GetInt64());
        Assert.True(root.GetProperty("countsAgree").GetBoolean());
        Assert.Equal((10, 1), (root.GetProperty("rateLimitAccepted").GetInt32(), root.GetProperty("rateLimitRefused").GetInt32()));
        Assert.True(root.GetProperty("honeypotShownThanks").GetBoolean());
        Assert.False(root.GetProperty("honeypotStored").GetBoolean());
        var runs = root.GetProperty("timed").EnumerateArray().ToList();
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal(60, r.GetProperty("requests").GetInt64()));
        Assert.All(runs, r => Assert.True(r.GetProperty("post").GetProperty("p95").GetDouble() > 0));
        Assert.Matches(@"^\d+(\.\d+)? \d+(\.\d+)? \d+(\.\d+)?$", root.GetProperty("loadAtStart").GetString()!);
    }
}
