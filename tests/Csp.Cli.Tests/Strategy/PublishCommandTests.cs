using System.Text.Json;
using Csp.Testing;

namespace Csp.Cli.Tests.Strategy;

/// <summary><c>csp publish performance|case-review|list --format json</c>: the contract's fields, and the refusals.</summary>
public sealed class PublishCommandTests
{
    private static string Sample(string file) => Path.Combine(Repository.Sample(), "strategy", file);

    [Fact]
    public async Task Publishing_listing_and_withdrawing_answer_with_the_contracts_fields_and_refusals_exit_2()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("csp-publish-").FullName, "publish.sqlite");
        var (empty, emptyOut, emptyErr) = await CspProcess.RunSplitAsync("publish", "list", "--database", database, "--format", "json");
        Assert.True(empty == 0, emptyErr);
        Assert.Equal(0, JsonDocument.Parse(emptyOut).RootElement.GetArrayLength());

        var (usage, _, usageErr) = await CspProcess.RunSplitAsync("publish", "performance", "--database", database);
        Assert.Equal(1, usage);
        Assert.Contains("give --area and --quarter", usageErr, StringComparison.Ordinal);
        var (noArea, _, noAreaErr) = await CspProcess.RunSplitAsync("publish", "performance", "--area", "Nowhere", "--quarter", "2025-Q2", "--database", database);
        Assert.Equal(2, noArea);
        Assert.Contains("error:", noAreaErr, StringComparison.Ordinal);
        var (future, _, futureErr) = await CspProcess.RunSplitAsync("publish", "case-review", "--financial-year", "2099", "--database", database);
        Assert.Equal(2, future);
        Assert.Contains("has not ended", futureErr, StringComparison.Ordinal);

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("publish", "case-review", "--financial-year", "2024", "--database", database, "--format", "json");
        Assert.True(exit == 0, stderr);
        using (var published = JsonDocument.Parse(stdout))
        {
            var root = published.RootElement;
            Assert.True(root.GetProperty("published").GetBoolean());
            Assert.Equal(("case-review-statistics", "2024", "2024-04-01..2025-03-31", "ASB Case Reviews 2024/25", "/public/case-review"),
                (root.GetProperty("kind").GetString(), root.GetProperty("subject").GetString(), root.GetProperty("period").GetString(), root.GetProperty("title").GetString(),
                 root.GetProperty("path").GetString()));
            Assert.Equal(Environment.UserName, root.GetProperty("publishedBy").GetString());
            Assert.True(root.GetProperty("publishedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-10));
        }

        var (imported, _, importErr) = await CspProcess.RunSplitAsync("strategy", "import", "--database", database, "--structure", Sample("structure.csv"),
            "--strategy", Sample("strategy.csv"), "--action-plan", Sample("action-plan.csv"));
        Assert.True(imported == 0, importErr);
        Assert.Equal(0, (await CspProcess.RunSplitAsync("strategy", "publish", "--database", database)).Item1);
        var (listed, listOut, listErr) = await CspProcess.RunSplitAsync("publish", "list", "--database", database, "--format", "json");
        Assert.True(listed == 0, listErr);
        var items = JsonDocument.Parse(listOut).RootElement.EnumerateArray().ToList();
        Assert.Equal(["strategy", "strategy-on-a-page", "case-review-statistics"], items.Select(i => i.GetProperty("kind").GetString()));
        Assert.Equal(["/public/strategy", "/public/strategy/page", "/public/case-review"], items.Select(i => i.GetProperty("path").GetString()));
        // The strategy's two carry the strategy's period (seed 004's 2016-19), as the other kinds carry theirs.
        Assert.Equal(["2016-19", "2016-19", "2024-04-01..2025-03-31"], items.Select(i => i.GetProperty("period").GetString()));
        Assert.All(items, i => Assert.Equal(Environment.UserName, i.GetProperty("publishedBy").GetString()));

        var (withdrawn, withdrawOut, withdrawErr) = await CspProcess.RunSplitAsync("publish", "case-review", "--withdraw", "--database", database, "--format", "json");
        Assert.True(withdrawn == 0, withdrawErr);
        var after = JsonDocument.Parse(withdrawOut).RootElement;
        Assert.False(after.GetProperty("published").GetBoolean());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("path").ValueKind);
        var (again, _, againErr) = await CspProcess.RunSplitAsync("publish", "case-review", "--withdraw", "--database", database);
        Assert.Equal(2, again);
        Assert.Contains("Nothing of that kind is published.", againErr, StringComparison.Ordinal);
    }
}
