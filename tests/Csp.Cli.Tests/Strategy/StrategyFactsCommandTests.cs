using System.Text.Json;
using Csp.Cli.Tests.Infrastructure;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench;
using Csp.Workbench.Accounts;
using Csp.Workbench.Strategy;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Cli.Tests.Strategy;

/// <summary>
/// <c>csp strategy facts</c> over a copy of the loaded sample: a fact linked to the assessment (Gravesham's Total crime, a
/// count: 8,401 in January to September 2022, the total ApiTests checks) listed with its figure; after an annual refresh
/// (2017 to 2020) the carried fact is three years on (6,643 in January to September 2025) and said to be changed by the
/// refresh with its figure then; the version before still lists its own; no strategy held is exit 2.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class StrategyFactsCommandTests(SampleDatabase sample)
{
    [Fact]
    public async Task Facts_lists_each_linked_fact_with_its_figure_and_whether_the_refresh_changed_it()
    {
        var folder = Directory.CreateTempSubdirectory("csp-facts-").FullName;
        var database = Path.Combine(folder, "facts.sqlite");
        File.Copy(sample.Path, database);
        long original;
        await using (var services = new ServiceCollection().AddCsp(_ => CspDatabase.Resolve(database, Repository.Root), _ => Repository.Root).BuildServiceProvider())
        {
            original = (await services.GetRequiredService<Strategies>().ViewAsync(null, CancellationToken.None))!.Id;
            var linked = await services.GetRequiredService<StrategyFacts>().LinkAsync(new PlanUser("t.analyst", [Roles.Analyst]), original,
                new NewFact(2, "Gravesham", "Total crime", "count", "2022-01..2022-09", null), CancellationToken.None);
            Assert.True(linked.Done, string.Join("; ", linked.Errors));
        }

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("strategy", "facts", "--database", database, "--format", "json");
        Assert.True(exit == 0, stderr);
        using (var json = JsonDocument.Parse(stdout))
        {
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("before").ValueKind);
            var fact = Assert.Single(json.RootElement.GetProperty("facts").EnumerateArray());
            Assert.Equal((2, "Disrupting and Preventing Organised Acquisitive Crime", "E07000109", "Total crime", "Count"),
                (fact.GetProperty("theme").GetInt32(), fact.GetProperty("priority").GetString(), fact.GetProperty("area").GetString(), fact.GetProperty("category").GetString(),
                    fact.GetProperty("measure").GetString()));
            Assert.Equal((8_401d, "2022-01..2022-09"), (fact.GetProperty("figure").GetDouble(), fact.GetProperty("period").GetString()));
            Assert.Equal(JsonValueKind.Null, fact.GetProperty("then").ValueKind);
            Assert.Equal(JsonValueKind.Null, fact.GetProperty("changed").ValueKind);
        }

        // The annual refresh: the sample's strategy as its 2020 refresh, with the same structure and plan.
        var files = Strategies.SampleFiles(Repository.Sample());
        var refreshed = Path.Combine(folder, "strategy-2020.csv");
        await File.WriteAllLinesAsync(refreshed, (await File.ReadAllLinesAsync(files.Strategy))
            .Select(l => l.StartsWith("0,refresh,2017,", StringComparison.Ordinal) ? "0,refresh,2020,test" : l));
        var (imported, importOut, importErr) = await CspProcess.RunSplitAsync("strategy", "import", "--database", database, "--structure", files.Structure,
            "--strategy", refreshed, "--action-plan", files.ActionPlan);
        Assert.True(imported == 0, importErr + importOut);

        (exit, stdout, stderr) = await CspProcess.RunSplitAsync("strategy", "facts", "--database", database, "--format", "json");
        Assert.True(exit == 0, stderr);
        using (var json = JsonDocument.Parse(stdout))
        {
            Assert.Equal(2020, json.RootElement.GetProperty("strategy").GetProperty("refresh").GetInt32());
            Assert.Equal(original, json.RootElement.GetProperty("before").GetProperty("id").GetInt64());
            var fact = Assert.Single(json.RootElement.GetProperty("facts").EnumerateArray());
            Assert.Equal((6_643d, "2025-01..2025-09"), (fact.GetProperty("figure").GetDouble(), fact.GetProperty("period").GetString()));
            Assert.Equal((8_401d, "2022-01..2022-09"), (fact.GetProperty("then").GetProperty("figure").GetDouble(), fact.GetProperty("then").GetProperty("period").GetString()));
            Assert.True(fact.GetProperty("changed").GetBoolean());
        }

        var (tableExit, table, _) = await CspProcess.RunSplitAsync("strategy", "facts", "--database", database);
        Assert.Equal(0, tableExit);
        Assert.Contains("2. Disrupting and Preventing Organised Acquisitive Crime", table, StringComparison.Ordinal);
        Assert.Contains("changed by the refresh: 8,401 (2022-01..2022-09) -> 6,643 (2025-01..2025-09)", table, StringComparison.Ordinal);

        // The version before lists its own fact, with nothing before it to compare.
        (exit, stdout, _) = await CspProcess.RunSplitAsync("strategy", "facts", "--database", database, "--strategy", original.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--format", "json");
        Assert.Equal(0, exit);
        using (var json = JsonDocument.Parse(stdout))
        {
            Assert.Equal(8_401d, Assert.Single(json.RootElement.GetProperty("facts").EnumerateArray()).GetProperty("figure").GetDouble());
        }

        var empty = Path.Combine(folder, "empty.sqlite");
        var (noneExit, _, noneErr) = await CspProcess.RunSplitAsync("strategy", "facts", "--database", empty);
        Assert.Equal(2, noneExit);
        Assert.Contains("no strategy is held", noneErr, StringComparison.Ordinal);
    }
}
