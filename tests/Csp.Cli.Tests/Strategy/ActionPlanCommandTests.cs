using System.Text.Json;
using Csp.Testing;

namespace Csp.Cli.Tests.Strategy;

/// <summary>
/// <c>csp strategy import</c>, <c>csp action-plan --format json</c> and <c>csp action-plan update</c> on the bundled sample:
/// the contract's JSON fields, every ref of seed 004, a row split into its groups, and an update showing as the last update.
/// </summary>
public sealed class ActionPlanCommandTests
{
    private static string Sample(string file) => Path.Combine(Repository.Sample(), "strategy", file);

    [Fact]
    public async Task The_sample_plan_imports_and_each_row_has_the_contracts_fields_and_its_last_update()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("csp-plan-").FullName, "plan.sqlite");
        var (imported, importOut, importErr) = await CspProcess.RunSplitAsync("strategy", "import", "--database", database, "--structure", Sample("structure.csv"),
            "--strategy", Sample("strategy.csv"), "--action-plan", Sample("action-plan.csv"), "--format", "json");
        Assert.True(imported == 0, importErr + importOut);
        using (var report = JsonDocument.Parse(importOut))
        {
            Assert.Equal("Added", report.RootElement.GetProperty("outcome").GetString());
            Assert.Equal(37, report.RootElement.GetProperty("refs").GetArrayLength());
        }

        var quarter = $"{DateTime.Today.Year}-Q{(DateTime.Today.Month - 1) / 3 + 1}";
        var (updated, _, updateErr) = await CspProcess.RunSplitAsync("action-plan", "update", "1.9", "--database", database, "--quarter", quarter,
            "--note", "Perpetrator panel met twice", "--rag", "amber");
        Assert.True(updated == 0, updateErr);

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("action-plan", "--database", database, "--format", "json");
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(37, rows.Count);
        Assert.Equal(["1.1", "1.2", "1.3"], rows.Take(3).Select(r => r.GetProperty("ref").GetString()));
        Assert.Equal("3.10", rows[^1].GetProperty("ref").GetString());
        foreach (var field in new[] { "ref", "action", "groups", "priorities", "owner", "due", "status", "rag", "lastUpdate" })
        {
            Assert.All(rows, r => Assert.True(r.TryGetProperty(field, out _), field));
        }
        var row = rows.Single(r => r.GetProperty("ref").GetString() == "1.9");
        Assert.Equal(3, row.GetProperty("groups").GetArrayLength());
        Assert.Equal("Amber", row.GetProperty("rag").GetString());
        Assert.Equal("InProgress", row.GetProperty("status").GetString());
        Assert.Equal(quarter, row.GetProperty("lastUpdate").GetProperty("quarter").GetString());
        Assert.Equal("Perpetrator panel met twice", row.GetProperty("lastUpdate").GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("lastUpdate").ValueKind);

        var (csvExit, csv, _) = await CspProcess.RunSplitAsync("action-plan", "--database", database, "--format", "csv", "--group", "DAAG");
        Assert.Equal(0, csvExit);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ref,theme,action,groups,priorities,owner,due,status,rag,lastUpdate", lines[0]);
        // The Drug and Alcohol Action Group coordinates 1.14-1.17, 2.4, 2.5 and 3.7 in seed 004.
        Assert.Equal(["1.14", "1.15", "1.16", "1.17", "2.4", "2.5", "3.7"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task The_quarterly_progress_report_holds_every_ref_with_the_quarters_update_and_refuses_what_it_cannot_make()
    {
        var folder = Directory.CreateTempSubdirectory("csp-plan-report-").FullName;
        var database = Path.Combine(folder, "plan.sqlite");
        var (imported, _, importErr) = await CspProcess.RunSplitAsync("strategy", "import", "--database", database, "--structure", Sample("structure.csv"),
            "--strategy", Sample("strategy.csv"), "--action-plan", Sample("action-plan.csv"));
        Assert.True(imported == 0, importErr);
        var (updated, _, updateErr) = await CspProcess.RunSplitAsync("action-plan", "update", "2.4", "--database", database, "--quarter", "2025-Q3",
            "--note", "Needle exchange sites mapped", "--rag", "red");
        Assert.True(updated == 0, updateErr);

        var html = Path.Combine(folder, "plan.html");
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("report", "action-plan", "--quarter", "2025-Q3", "--format", "html", "--out", html, "--database", database);
        Assert.True(exit == 0, stdout + stderr);
        var page = File.ReadAllText(html);
        // Every ref of seed 004, the quarter's update with its rating, and the RAG table.
        foreach (var reference in new[] { "1.1", "1.17", "2.4", "2.5", "3.10" }) Assert.Contains($">{reference}<", page, StringComparison.Ordinal);
        Assert.Contains("Needle exchange sites mapped", page, StringComparison.Ordinal);
        Assert.Contains("RAG by theme", page, StringComparison.Ordinal);
        Assert.Contains("July to September 2025", page, StringComparison.Ordinal);

        var xlsx = Path.Combine(folder, "plan.xlsx");
        var (xlsxExit, _, xlsxErr) = await CspProcess.RunSplitAsync("report", "action-plan", "--quarter", "2025-Q3", "--format", "xlsx", "--out", xlsx, "--database", database);
        Assert.True(xlsxExit == 0, xlsxErr);
        Assert.True(new FileInfo(xlsx).Length > 0);

        // No quarter, an area (the plan is the partnership's whole plan), and a strategy not held are refused.
        Assert.Equal(1, (await CspProcess.RunSplitAsync("report", "action-plan", "--format", "html", "--out", html, "--database", database)).Item1);
        Assert.Equal(1, (await CspProcess.RunSplitAsync("report", "action-plan", "--area", "Gravesham", "--quarter", "2025-Q3", "--format", "html", "--out", html, "--database", database)).Item1);
        Assert.Equal(2, (await CspProcess.RunSplitAsync("report", "action-plan", "--quarter", "2025-Q3", "--strategy", "99", "--format", "html", "--out", html, "--database", database)).Item1);
        // The other reports still need their area.
        var (noArea, _, noAreaErr) = await CspProcess.RunSplitAsync("report", "committee", "--period", "2025-01..2025-09", "--baseline", "2022-01..2022-09", "--format", "html",
            "--out", html, "--database", database);
        Assert.Equal(1, noArea);
        Assert.Contains("--area is required", noAreaErr, StringComparison.Ordinal);
    }
}
