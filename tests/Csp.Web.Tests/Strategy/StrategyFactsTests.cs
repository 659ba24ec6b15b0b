using System.Text.Json.Nodes;
using Csp.Core.Strategy;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Testing;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Csp.Workbench.Strategy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests.Strategy;

/// <summary>
/// The facts of the strategy linked to the Strategic Assessment over the bundled sample, on SQLite and PostgreSQL: a linked
/// fact states the figure the data gives (hand-checked: Gravesham's Total crime, 8,401 in January to September 2022 and 6,643
/// in January to September 2025, the totals ApiTests checks, a fall of 1,758 / 8,401 = 20.9%), in the strategy page and
/// document; bad input is refused with reasons; a refresh carries the facts on a refresh's years later and the difference
/// between the versions shows the figure then and now with the priorities and measures that changed.
/// </summary>
public abstract class StrategyFactsTests(CspAppFactory app)
{
    private static readonly PlanUser Analyst = new("t.analyst", [Roles.Analyst]);

    private T Get<T>() where T : notnull => app.Services.GetRequiredService<T>();

    [Fact]
    public async Task A_linked_fact_states_the_figure_the_data_gives_and_bad_input_is_refused_with_reasons()
    {
        var strategies = Get<Strategies>();
        var facts = Get<StrategyFacts>();
        var id = (await strategies.ViewAsync(null, CancellationToken.None))!.Id;
        int audited;
        await using (var before = Get<CspDatabase>().CreateContext()) audited = await before.AuditLog.CountAsync(e => e.Action == AuditActions.StrategyFactChanged);
        try
        {
            var linked = await facts.LinkAsync(Analyst, id, new NewFact(1, "Gravesham", "total crime", "change", "2025-01..2025-09", "2022-01..2022-09"), CancellationToken.None);
            var member = await facts.LinkAsync(new PlanUser("t.member", [Roles.Member]), id, new NewFact(1, "Gravesham", "Total crime", "change", "2025-01..2025-09", null), CancellationToken.None);
            var bad = await facts.LinkAsync(Analyst, id, new NewFact(9, "Gravesham", "Total crime", "size", "2025-13", null), CancellationToken.None);
            var category = await facts.LinkAsync(Analyst, id, new NewFact(1, "Gravesham", "Moon crime", "count", "2025-01..2025-09", null), CancellationToken.None);
            var missing = await facts.LinkAsync(Analyst, id, new NewFact(1, "Gravesham", "Total crime", "change", "2024-01..2024-09", null), CancellationToken.None);

            Assert.True(linked.Done, string.Join("; ", linked.Errors));
            Assert.Equal(["Administrators and analysts link the strategy's facts."], member.Errors);
            Assert.Equal(["The strategy has no priority 9.", "'size' is not a measure; expected count, change, rate or rank.", "The months '2025-13' are not yyyy-MM..yyyy-MM (e.g. 2025-01..2025-09)."], bad.Errors);
            Assert.StartsWith("The assessment of Gravesham has no category 'Moon crime'", Assert.Single(category.Errors), StringComparison.Ordinal);
            Assert.StartsWith("The data cannot state this fact now", Assert.Single(missing.Errors), StringComparison.Ordinal);

            var view = (await strategies.ViewAsync(id, CancellationToken.None))!;
            var fact = Assert.Single(view.Strategy.Themes.Single(t => t.Number == 1).LinkedFacts);
            Assert.Equal((-20.9, "-20.9%", "Total crime"), (fact.Figure, fact.FigureText, fact.Link.Category));
            Assert.StartsWith("Crime has fallen by 20.9% in Gravesham (8,401 in Jan-Sept 22, 6,643 in Jan-Sept 25)", fact.Sentence, StringComparison.Ordinal);
            var document = await strategies.DocumentAsync(id, ReportFormat.Html, CancellationToken.None);
            Assert.Contains("Crime has fallen by 20.9% in Gravesham", System.Text.Encoding.UTF8.GetString(document!.Content), StringComparison.Ordinal);
            // The plain-text facts of the sample still print beside it.
            Assert.Contains("Approximately 30% of all violent crime recorded locally is domestic abuse", System.Text.Encoding.UTF8.GetString(document.Content), StringComparison.Ordinal);
            await using var db = Get<CspDatabase>().CreateContext();
            Assert.Equal(audited + 1, await db.AuditLog.CountAsync(e => e.Action == AuditActions.StrategyFactChanged && e.Target == $"strategy {id}"));

            var unlinked = await facts.UnlinkAsync(Analyst, linked.Id, CancellationToken.None);
            Assert.True(unlinked.Done);
            Assert.Empty((await facts.ForStrategyAsync(id, CancellationToken.None)));
        }
        finally
        {
            await using var db = Get<CspDatabase>().CreateContext();
            await db.StrategyFacts.ExecuteDeleteAsync();
        }
    }

    [Fact]
    public async Task A_refresh_carries_the_facts_on_and_the_difference_shows_the_figure_then_and_now()
    {
        var strategies = Get<Strategies>();
        var facts = Get<StrategyFacts>();
        var original = (await strategies.ViewAsync(null, CancellationToken.None))!.Id;
        var sample = Strategies.SampleFiles(Repository.Sample());
        var refreshed = Path.Combine(Path.GetTempPath(), $"strategy-{Guid.NewGuid():N}.csv");
        var lines = (await File.ReadAllLinesAsync(sample.Strategy)).Where(l => !l.StartsWith("0,priority,Road Safety,", StringComparison.Ordinal))
            .Select(l => l.StartsWith("0,refresh,2017,", StringComparison.Ordinal) ? "0,refresh,2020,test" : l).ToList();
        lines.Add("1,measure,Number of domestic abuse crimes and serious incidents,test");
        await File.WriteAllLinesAsync(refreshed, lines);
        long? added = null;
        try
        {
            // Counts need no baseline: January to September 2021 is not in the sample, 2022's months are.
            var count = await facts.LinkAsync(Analyst, original, new NewFact(2, "E07000109", "Total crime", "count", "2022-01..2022-09", null), CancellationToken.None);
            Assert.True(count.Done, string.Join("; ", count.Errors));

            var import = await strategies.ImportAsync(Actor.System, sample.Structure, refreshed, sample.ActionPlan, CancellationToken.None);
            added = import.StrategyId;
            Assert.Equal(StrategyImport.Added, import.Outcome);

            var diff = await strategies.DiffAsync(null, null, CancellationToken.None);
            Assert.NotNull(diff);
            Assert.Equal((original, import.StrategyId), (diff.From.Id, diff.To.Id));
            var d = diff.Difference;
            Assert.Equal(["Road Safety"], d.PrioritiesDropped);
            Assert.Empty(d.PrioritiesAdded);
            Assert.Equal([new ThemeText(1, "Number of domestic abuse crimes and serious incidents")], d.MeasuresAdded);
            Assert.Equal("measures", Assert.Single(d.ThemesChanged).Sections.Single());
            var fact = Assert.Single(d.Facts);
            Assert.Equal((8_401d, 6_643d, true), (fact.Before.Figure, fact.After.Figure, fact.Changed));
            Assert.Equal(("2022-01..2022-09", "2025-01..2025-09"), (fact.Before.Link.Period.ToString(), fact.After.Link.Period.ToString()));
            Assert.Equal("Crime in Gravesham: 6,643 crimes recorded in Jan-Sept 25.", fact.After.Sentence);
            var page = (await strategies.ViewAsync(null, CancellationToken.None))!;
            Assert.Equal(original, page.Before!.Id);

            if (app.Database.EndsWith(".sqlite", StringComparison.Ordinal))
            {
                var (exit, json, stderr) = await CspProcess.RunSplitAsync("strategy", "diff", "--format", "json", "--database", app.Database);
                Assert.True(exit == 0, stderr);
                var node = JsonNode.Parse(json)!;
                Assert.Equal("Road Safety", (string)node["prioritiesDropped"]![0]!);
                Assert.Equal("8,401", (string)node["facts"]![0]!["before"]!["figureText"]!);
                Assert.Equal("6,643", (string)node["facts"]![0]!["after"]!["figureText"]!);
                var (none, _, noneError) = await CspProcess.RunSplitAsync("strategy", "diff", "--strategy", original.ToString(System.Globalization.CultureInfo.InvariantCulture), "--database", app.Database);
                Assert.Equal(2, none);
                Assert.Contains("no version before it", noneError, StringComparison.Ordinal);
            }
        }
        finally
        {
            // The shared PostgreSQL sample goes back to the one version the other classes expect.
            await using var db = Get<CspDatabase>().CreateContext();
            await db.StrategyFacts.ExecuteDeleteAsync();
            if (added is { } id)
            {
                var items = db.ActionPlanItems.Where(i => i.StrategyId == id).Select(i => i.Id);
                await db.ActionPlanGroups.Where(g => items.Contains(g.ItemId)).ExecuteDeleteAsync();
                await db.ActionPlanItems.Where(i => i.StrategyId == id).ExecuteDeleteAsync();
                await db.StrategySections.Where(s => s.StrategyId == id).ExecuteDeleteAsync();
                await db.Strategies.Where(s => s.Id == id).ExecuteDeleteAsync();
            }
            File.Delete(refreshed);
        }
    }
}

public sealed class SqliteStrategyFactsTests(SqliteSampleApp sample) : StrategyFactsTests(sample.App), IClassFixture<SqliteSampleApp>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStrategyFactsTests(PostgresSample postgres) : StrategyFactsTests(postgres.App);
