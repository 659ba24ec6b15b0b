using Csp.Core.Strategy;
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

    /// <summary>Seed 004 as the sample's README places it (../shared/seeds beside the repository), or where CSP_SEEDS says; null when neither holds it.</summary>
    private static string? Seed004()
    {
        var folders = new[] { Environment.GetEnvironmentVariable("CSP_SEEDS"), Path.Combine(Repository.Root, "..", "shared", "seeds") };
        return folders.Where(f => !string.IsNullOrEmpty(f)).Select(f => Path.Combine(f!, "004_c73903ac2fcace6f.txt")).FirstOrDefault(File.Exists);
    }

    /// <summary>Seed 004's action plan as printed (lines 347-391), typed by hand: the check when the seed itself is not beside the repository.</summary>
    private static readonly string[] Seed004Refs =
    [
        "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17",
        "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10",
        "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10",
    ];

    [Fact]
    public async Task The_imported_plan_holds_every_row_of_seed_004_with_the_seeds_action_text_and_line()
    {
        var (_, services) = await WorldAsync(DatabaseProvider.Sqlite, postgres);
        await using var _ = services;
        await services.GetRequiredService<Strategies>().ImportAsync(Actor.System, Sample.Structure, Sample.Strategy, Sample.Plan, CancellationToken.None);
        var rows = (await services.GetRequiredService<ActionPlans>().ListAsync(Analyst, null, CancellationToken.None))!.Rows.ToDictionary(r => r.Item.Ref.ToString());

        // The seed's table rows: "Ref<TAB>Action Plan<TAB>Coordinating Delivery Group<TAB>Strategic Assessment priority", read from the seed's own text.
        var seed = Seed004();
        var printed = seed is null ? Seed004Refs.Select(r => (Ref: r, Action: (string?)null, Line: 0)).ToList()
            : File.ReadAllLines(seed).Select((l, i) => (Cells: l.Split('\t'), Line: i + 1))
                .Where(l => l.Cells.Length == 4 && ActionRef.TryParse(l.Cells[0], out var parsed)).Select(l => (Ref: l.Cells[0], Action: (string?)l.Cells[1], l.Line)).ToList();

        Assert.Equal(37, printed.Count);
        Assert.Equal(printed.Count, rows.Count);
        foreach (var (reference, action, line) in printed)
        {
            Assert.True(rows.ContainsKey(reference), $"seed 004's {reference} is not in the imported plan");
            if (action is null) continue;
            Assert.Equal(action, rows[reference].Item.Action);
            Assert.Equal($"seed 004 line {line}", rows[reference].Item.Source);
        }
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
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_import_that_overwrites_a_field_edited_in_the_web_app_keeps_the_change_in_the_rows_history_with_who_imported(DatabaseProvider provider)
    {
        var (database, services) = await WorldAsync(provider, postgres);
        await using var _ = services;
        var strategies = services.GetRequiredService<Strategies>();
        var plans = services.GetRequiredService<ActionPlans>();
        await strategies.ImportAsync(Actor.System, Sample.Structure, Sample.Strategy, Sample.Plan, CancellationToken.None);
        var id = (await plans.ListAsync(Analyst, null, CancellationToken.None))!.Rows.Single(r => r.Item.Ref.ToString() == "1.3").Id;
        var edited = await plans.ChangeAsync(Analyst, id, new ActionRowEdit("Keep the One Stop Shop open five days a week.", ["North Kent Domestic Abuse Forum"],
            ["Domestic abuse", "Violent crime"], null, null, null, null, "in progress", "amber"), CancellationToken.None);
        Assert.True(edited.Done, string.Join("; ", edited.Errors));
        var webChanges = (await plans.GetAsync(Analyst, id, CancellationToken.None))!.Changes.Count;

        var changed = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.csv");
        var lines = (await File.ReadAllLinesAsync(Sample.Plan)).ToList();
        Assert.Contains("To continue local One Stop Shop provision.", lines[3], StringComparison.Ordinal);
        lines[3] = lines[3].Replace("To continue local One Stop Shop provision.", "To continue and extend local One Stop Shop provision.", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(changed, lines);
        var importer = new Actor("j.importer", "10.0.0.9");

        var again = await strategies.ImportAsync(importer, Sample.Structure, Sample.Strategy, changed, CancellationToken.None);

        Assert.Equal(StrategyImport.Changed, again.Outcome);
        var detail = (await plans.GetAsync(Analyst, id, CancellationToken.None))!;
        Assert.Equal("To continue and extend local One Stop Shop provision.", detail.Row.Item.Action);
        // The import's changes: the action (the web edit's text as its before) and the priorities the web edit changed and the file gives back.
        var imported = detail.Changes.Where(c => c.By.StartsWith("j.importer", StringComparison.Ordinal)).ToList();
        Assert.Equal(detail.Changes.Count - webChanges, imported.Count);
        Assert.All(imported, c => Assert.Equal($"j.importer (import of {Path.GetFileName(changed)})", c.By));
        Assert.All(imported, c => Assert.Equal(new DateTimeOffset(2025, 12, 18, 12, 0, 0, TimeSpan.Zero), c.At));
        var action = imported.Single(c => c.Field == ActionRowFields.Action);
        Assert.Equal(("Keep the One Stop Shop open five days a week.", "To continue and extend local One Stop Shop provision."), (action.Before, action.After));
        var priorities = imported.Single(c => c.Field == ActionRowFields.Priorities);
        Assert.Equal("Domestic abuse", priorities.After);
        Assert.Contains("Violent crime", priorities.Before, StringComparison.OrdinalIgnoreCase);
        // The file gives no status or RAG, so the web edit's stand and nothing of them is recorded as the import's.
        Assert.DoesNotContain(imported, c => c.Field is ActionRowFields.Status or ActionRowFields.Rag);
        Assert.Equal(Core.Strategy.Rag.Amber, detail.Row.Item.Rag);
        // A row the file leaves as it was gets nothing in its history.
        var untouched = (await plans.ListAsync(Analyst, null, CancellationToken.None))!.Rows.Single(r => r.Item.Ref.ToString() == "2.1").Id;
        Assert.Empty((await plans.GetAsync(Analyst, untouched, CancellationToken.None))!.Changes);
        await using var db = database.CreateContext();
        var audit = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.StrategyImported).OrderBy(e => e.Id).LastAsync();
        Assert.Contains($"({imported.Count} fields, kept in each row's changes)", audit.Detail, StringComparison.Ordinal);
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
