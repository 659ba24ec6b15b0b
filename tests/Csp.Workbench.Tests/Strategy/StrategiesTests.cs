using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Csp.Workbench.Strategy;
using Csp.Workbench.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Strategy;

/// <summary>
/// Importing the sample structure, strategy and action plan on SQLite and PostgreSQL: every ref of seed 004 kept, the same
/// files again change nothing, a changed plan keeps each row's updates and the rows it no longer has, and a bad plan row is
/// reported while the good ones land.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StrategiesTests(PostgresServer postgres)
{
    private static readonly (string Structure, string Strategy, string Plan) Sample = Strategies.SampleFiles(Repository.Sample());

    private static readonly PlanUser Analyst = new("t.analyst", [Roles.Analyst]);

    private static async Task<(CspDatabase Database, ServiceProvider Services)> WorldAsync(DatabaseProvider provider, PostgresServer postgres)
    {
        var database = await TestDatabases.CreateAsync(provider, postgres);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 12, 18, 12, 0, 0, TimeSpan.Zero)));
        services.AddCsp(_ => database, _ => Repository.Root);
        return (database, services.BuildServiceProvider());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_sample_loads_whole_once_and_again_changes_nothing(DatabaseProvider provider)
    {
        var (database, services) = await WorldAsync(provider, postgres);
        await using var _ = services;
        var strategies = services.GetRequiredService<Strategies>();

        var first = await strategies.ImportAsync(Actor.System, Sample.Structure, Sample.Strategy, Sample.Plan, CancellationToken.None);
        var second = await strategies.ImportAsync(Actor.System, Sample.Structure, Sample.Strategy, Sample.Plan, CancellationToken.None);

        Assert.Empty(first.Issues);
        Assert.Equal((StrategyImport.Added, 17, 37), (first.Outcome, first.GroupsAdded, first.ActionsAdded));
        Assert.Equal((StrategyImport.Unchanged, 0, 0, 37), (second.Outcome, second.GroupsAdded, second.ActionsAdded, second.ActionsKept));
        var view = await strategies.ViewAsync(null, CancellationToken.None);
        Assert.NotNull(view);
        Assert.Equal(["Violent Crime and Domestic Abuse", "Anti-Social Behaviour (Incorporating Criminal Damage related to ASB)", "Acquisitive and Property Crime",
            "Substance Misuse", "Reducing Re-offending", "Road Safety", "Criminal Damage"], view.Strategy.Priorities);
        Assert.Equal([17, 10, 10], view.Progress.Themes.Select(t => t.Actions));
        await using var db = database.CreateContext();
        Assert.Equal(37, await db.ActionPlanItems.CountAsync());
        // Every link of the plan, counted by hand from the seed's cells: theme 1 23 (1.9 and 1.14 three groups, 1.15 and 1.17
        // two), theme 2 13 (2.3, 2.5, 2.9 two), theme 3 18 (3.5 three; 3.1, 3.3, 3.4, 3.6, 3.7, 3.8 two).
        Assert.Equal(54, await db.ActionPlanGroups.CountAsync());
        Assert.Equal(1, await db.AuditLog.CountAsync(e => e.Action == AuditActions.StrategyImported));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_changed_plan_keeps_each_rows_updates_and_the_rows_it_no_longer_has_and_reports_its_bad_rows(DatabaseProvider provider)
    {
        var (database, services) = await WorldAsync(provider, postgres);
        await using var _ = services;
        var strategies = services.GetRequiredService<Strategies>();
        var plans = services.GetRequiredService<ActionPlans>();
        await strategies.ImportAsync(Actor.System, Sample.Structure, Sample.Strategy, Sample.Plan, CancellationToken.None);
        var row = (await plans.ListAsync(Analyst, null, CancellationToken.None))!.Rows.Single(r => r.Item.Ref.ToString() == "1.3");
        var updated = await plans.UpdateAsync(Analyst, row.Id, new ActionUpdate("2025-Q4", "Shop open two days a week", "in progress", "green"), CancellationToken.None);
        Assert.True(updated.Done, string.Join("; ", updated.Errors));

        var changed = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.csv");
        var lines = (await File.ReadAllLinesAsync(Sample.Plan)).Where(l => !l.Contains(",2.10,", StringComparison.Ordinal)).ToList();
        lines[3] = lines[3].Replace("To continue local One Stop Shop provision.", "To continue and extend local One Stop Shop provision.", StringComparison.Ordinal);
        lines.Add("Protecting Vulnerable People from Harm,1.18,A new action for a group nobody has heard of,The Moon Group,ASB,test");
        await File.WriteAllLinesAsync(changed, lines);

        var again = await strategies.ImportAsync(Actor.System, Sample.Structure, Sample.Strategy, changed, CancellationToken.None);

        Assert.Equal(StrategyImport.Changed, again.Outcome);
        Assert.Equal((0, 36, 1), (again.ActionsAdded, again.ActionsChanged, again.ActionsKept));
        var issue = Assert.Single(again.Issues);
        Assert.Equal((38L, "Coordinating Delivery Group"), (issue.Line, issue.Field!));
        var detail = await plans.GetAsync(Analyst, row.Id, CancellationToken.None);
        Assert.Equal("To continue and extend local One Stop Shop provision.", detail!.Row.Item.Action);
        Assert.Equal(Core.Strategy.Rag.Green, detail.Row.Item.Rag);
        Assert.Equal("Shop open two days a week", Assert.Single(detail.History).Note);
        await using var db = database.CreateContext();
        Assert.Equal(37, await db.ActionPlanItems.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task An_update_is_refused_with_reasons_for_a_quarter_not_begun_no_note_or_no_rating(DatabaseProvider provider)
    {
        var (_, services) = await WorldAsync(provider, postgres);
        await using var _ = services;
        await services.GetRequiredService<Strategies>().ImportAsync(Actor.System, Sample.Structure, Sample.Strategy, Sample.Plan, CancellationToken.None);
        var plans = services.GetRequiredService<ActionPlans>();
        var id = (await plans.ListAsync(Analyst, null, CancellationToken.None))!.Rows[0].Id;

        var future = await plans.UpdateAsync(Analyst, id, new ActionUpdate("2026-Q1", "x", "in progress", "green"), CancellationToken.None);
        var empty = await plans.UpdateAsync(Analyst, id, new ActionUpdate("2025-Q4", " ", "in progress", ""), CancellationToken.None);

        Assert.Equal(["The quarter 2026-Q1 has not begun: an update reports on a quarter that has."], future.Errors);
        Assert.Equal(["Say what was done this quarter (the progress note).", "Give the RAG rating: green, amber or red."], empty.Errors);
    }
}
