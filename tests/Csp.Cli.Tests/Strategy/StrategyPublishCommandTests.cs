using System.Text.Json;
using Csp.Testing;

namespace Csp.Cli.Tests.Strategy;

/// <summary>
/// <c>csp strategy publish [--withdraw] --format json</c> and <c>csp publish strategy</c>, its alias on the one publishing
/// use case: the contract's fields, and the refusals; what one publishes the other withdraws.
/// </summary>
public sealed class StrategyPublishCommandTests
{
    private static string Sample(string file) => Path.Combine(Repository.Sample(), "strategy", file);

    [Fact]
    public async Task Publishing_and_withdrawing_the_strategy_answer_with_the_contracts_fields_and_nothing_held_is_refused()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("csp-publish-").FullName, "publish.sqlite");
        var (nothing, _, nothingErr) = await CspProcess.RunSplitAsync("strategy", "publish", "--database", database, "--format", "json");
        Assert.Equal(2, nothing);
        Assert.Contains("No strategy is held", nothingErr, StringComparison.Ordinal);

        var (imported, _, importErr) = await CspProcess.RunSplitAsync("strategy", "import", "--database", database, "--structure", Sample("structure.csv"),
            "--strategy", Sample("strategy.csv"), "--action-plan", Sample("action-plan.csv"));
        Assert.True(imported == 0, importErr);
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("strategy", "publish", "--database", database, "--format", "json");
        Assert.True(exit == 0, stderr);
        using (var published = JsonDocument.Parse(stdout))
        {
            var root = published.RootElement;
            Assert.True(root.GetProperty("published").GetBoolean());
            Assert.Equal(1, root.GetProperty("strategy").GetInt64());
            Assert.Equal(Environment.UserName, root.GetProperty("publishedBy").GetString());
            Assert.Equal(["/public/strategy", "/public/strategy/page"], root.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));
        }

        var (withdrawn, withdrawOut, withdrawErr) = await CspProcess.RunSplitAsync("publish", "strategy", "--withdraw", "--database", database, "--format", "json");
        Assert.True(withdrawn == 0, withdrawErr);
        Assert.False(JsonDocument.Parse(withdrawOut).RootElement.GetProperty("published").GetBoolean());
        Assert.Equal(1, JsonDocument.Parse(withdrawOut).RootElement.GetProperty("strategy").GetInt64());
        var (again, _, againErr) = await CspProcess.RunSplitAsync("strategy", "publish", "--withdraw", "--database", database);
        Assert.Equal(2, again);
        Assert.Contains("Nothing is published.", againErr, StringComparison.Ordinal);
    }
}
