using System.Text.Json;
using Csp.Testing;

namespace Csp.Cli.Tests.Cases;

/// <summary><c>csp case-review check</c>: the contract's JSON fields, hand-worked dates across Christmas 2025, and bad rows.</summary>
public sealed class CaseReviewCommandTests
{
    private static async Task<string> ComplaintsAsync(params string[] lines)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("csp-cr-").FullName, "complaints.csv");
        await File.WriteAllLinesAsync(file, ["reported_on,behaviour_on,agency", .. lines]);
        return file;
    }

    [Fact]
    public async Task The_json_says_whether_the_threshold_is_met_which_complaints_qualify_and_why_and_the_due_dates()
    {
        var file = await ComplaintsAsync("2025-09-01,2025-08-20,Council", "2025-10-02,2025-09-30,Police", "2025-11-15,2025-11-14,Housing", "2025-05-01,2025-04-01,Council",
            "2025-12-01,2025-10-01,Police");

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("case-review", "check", "--complaints", file, "--application-date", "2025-12-18", "--format", "json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.True(root.GetProperty("thresholdMet").GetBoolean());
        Assert.Equal(3, root.GetProperty("qualifying").GetInt32());
        var complaints = root.GetProperty("complaints").EnumerateArray().ToList();
        Assert.Equal([true, true, true, false, false], complaints.Select(c => c.GetProperty("qualifies").GetBoolean()));
        Assert.Contains("more than six months after it", complaints[3].GetProperty("reason").GetString(), StringComparison.Ordinal);
        // Behaviour on 1 October, complaint on 1 December: more than one month after it (it had to be made by 1 November).
        Assert.Contains("to qualify it had to be made by 1 November 2025", complaints[4].GetProperty("reason").GetString(), StringComparison.Ordinal);
        // Received Thursday 18 December 2025; 25 and 26 December are bank holidays (day 1 is the first working day after receipt).
        Assert.Equal("2025-12-29", root.GetProperty("acknowledgeBy").GetString());
        Assert.Equal("2026-01-06", root.GetProperty("decisionBy").GetString());
    }

    [Fact]
    public async Task Two_qualifying_complaints_do_not_meet_the_threshold_and_the_table_says_so()
    {
        var file = await ComplaintsAsync("2025-09-01,2025-08-20,Council", "2025-10-02,2025-09-30,Police");

        var (exit, stdout, _) = await CspProcess.RunSplitAsync("case-review", "check", "--complaints", file, "--application-date", "2025-12-18");

        Assert.Equal(0, exit);
        Assert.Contains("The threshold is not met: 2 of 2 complaints qualify; 3 are needed.", stdout, StringComparison.Ordinal);
        Assert.Contains("Acknowledge by Monday 29 December 2025", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_row_is_named_by_file_line_and_field_the_others_are_checked_and_the_exit_code_says_so()
    {
        var file = await ComplaintsAsync("2025-09-01,2025-08-20,Council", "2025-13-45,2025-09-30,Police");

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("case-review", "check", "--complaints", file, "--application-date", "2025-12-18", "--format", "json");

        Assert.Equal(2, exit);
        Assert.Contains("line 3, field 'reported_on'", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        Assert.Single(json.RootElement.GetProperty("complaints").EnumerateArray());
        Assert.Single(json.RootElement.GetProperty("quarantined").EnumerateArray());
    }

    [Fact]
    public async Task A_missing_file_or_a_bad_date_is_an_error_naming_it()
    {
        var missing = await CspProcess.RunSplitAsync("case-review", "check", "--complaints", "/nonexistent/complaints.csv", "--application-date", "2025-12-18");
        var badDate = await CspProcess.RunSplitAsync("case-review", "check", "--complaints", await ComplaintsAsync(), "--application-date", "18/12/2025");

        Assert.Equal(2, missing.Exit);
        Assert.Contains("/nonexistent/complaints.csv: no such file", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, badDate.Exit);
        Assert.Contains("--application-date '18/12/2025'", badDate.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_statistics_give_the_financial_year_and_the_four_published_figures()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("csp-cr-").FullName, "empty.sqlite");

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("case-review", "statistics", "--financial-year", "2025", "--format", "json", "--database", database);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("2025-04-01", root.GetProperty("from").GetString());
        Assert.Equal("2026-03-31", root.GetProperty("to").GetString());
        foreach (var field in new[] { "applicationsReceived", "thresholdNotMet", "reviewsHeld", "reviewsWithRecommendations" }) Assert.Equal(0, root.GetProperty(field).GetInt32());
        Assert.Empty(root.GetProperty("withheld").EnumerateArray());
    }
}
