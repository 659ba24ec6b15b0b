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
/// Changing and adding action plan rows (the sample plan of seed 004, on SQLite and PostgreSQL): only administrators and
/// analysts may, refused in the use case for every other role (and audited); each fault is refused naming its field; a new
/// row takes the next ref of its theme (1.18 after seed 004's 1.17) or the one given unless it is taken; every field changed
/// is kept with its value before (the row's history) and audited; the CLI's JSON fields are unchanged by an edit.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ActionPlanEditingTests(PostgresServer postgres)
{
    private static readonly (string Structure, string Strategy, string Plan) Sample = Strategies.SampleFiles(Repository.Sample());

    private static readonly PlanUser Analyst = new("t.analyst", [Roles.Analyst], "10.0.0.7");
    private static readonly PlanUser Admin = new("t.admin", [Roles.Administrator]);
    private static readonly PlanUser Partner = new("t.partner", [Roles.PartnerOfficer]);
    private static readonly PlanUser CaseOfficer = new("t.case", [Roles.CaseOfficer]);
    private static readonly PlanUser Member = new("t.member", [Roles.Member]);

    private static ActionRowEdit Edit(string action = "To continue local One Stop Shop provision.", string[]? groups = null, string[]? priorities = null, string? owner = null,
        string? lead = null, string? start = null, string? due = null, string status = "NotStarted", string rag = "NotRated") =>
        new(action, groups ?? ["North Kent Domestic Abuse Forum"], priorities ?? ["Domestic abuse"], owner, lead, start, due, status, rag);

    private static async Task<(CspDatabase Database, ServiceProvider Services, Dictionary<string, long> Ids)> WorldAsync(DatabaseProvider provider, PostgresServer postgres)
    {
        var database = await TestDatabases.CreateAsync(provider, postgres);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 12, 18, 12, 0, 0, TimeSpan.Zero)));
        services.AddCsp(_ => database, _ => Repository.Root);
        var provided = services.BuildServiceProvider();
        var imported = await provided.GetRequiredService<Strategies>().ImportAsync(Actor.System, Sample.Structure, Sample.Strategy, Sample.Plan, CancellationToken.None);
        Assert.Empty(imported.Issues);
        // The partner officer sits on the DA Forum, whose rows (1.1 to 1.9) they update each quarter.
        await using (var db = database.CreateContext())
        {
            var agency = (await db.Agencies.FirstAsync(a => a.Kind == "Police")).Id;
            // An account row as the account service makes one (no password is needed: nobody signs in here).
            db.Users.Add(new Csp.Storage.Entities.UserRow
            {
                UserName = Partner.UserName, NormalizedName = Partner.UserName.ToUpperInvariant(), DisplayName = "Partner", AgencyId = agency, PasswordHash = "-", SecurityStamp = "-",
            });
            await db.SaveChangesAsync();
        }
        Assert.True((await provided.GetRequiredService<Strategies>().AddMemberAsync(Admin, "DA Forum", Partner.UserName, "Member", CancellationToken.None)).Done);
        var plan = await provided.GetRequiredService<ActionPlans>().ListAsync(Analyst, null, CancellationToken.None);
        return (database, provided, plan!.Rows.ToDictionary(r => r.Item.Ref.ToString(), r => r.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_analyst_changes_a_rows_fields_and_each_change_is_kept_with_its_value_before_and_audited(DatabaseProvider provider)
    {
        var (database, services, ids) = await WorldAsync(provider, postgres);
        await using var _ = services;
        var plans = services.GetRequiredService<ActionPlans>();
        var id = ids["1.3"];

        var done = await plans.ChangeAsync(Analyst, id, Edit("To continue and extend local One Stop Shop provision.", ["DA Forum", "IOM"], ["Domestic abuse", "Violent crime, Substance misuse"],
            "Kent Police", "DA coordinator", "2025-04-01", "2026-03-31", "in progress", "amber"), CancellationToken.None);

        Assert.True(done.Done, string.Join("; ", done.Errors));
        var detail = await plans.GetAsync(Analyst, id, CancellationToken.None);
        var item = detail!.Row.Item;
        Assert.Equal("To continue and extend local One Stop Shop provision.", item.Action);
        // Aliases are stored as the structure's names; "Violent crime, Substance misuse" is split as the import splits a cell.
        Assert.Equal(["Integrated Offender Management Group", "North Kent Domestic Abuse Forum"], item.Groups);
        Assert.Equal(["Domestic abuse", "Violent crime", "Substance misuse"], item.Priorities);
        Assert.Equal(("Kent Police", "DA coordinator", new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), ActionStatus.InProgress, Rag.Amber),
            (item.OwnerAgency, item.Lead, item.StartOn, item.DueOn, item.Status, item.Rag));
        // Nine fields changed: each kept with before and after, by whom and when.
        Assert.Equal(["action", "groups", "priorities", "owner", "lead", "start", "due", "status", "rag"], detail.Changes.Select(c => c.Field).Reverse());
        var action = detail.Changes.Single(c => c.Field == ActionRowFields.Action);
        Assert.Equal(("To continue local One Stop Shop provision.", "To continue and extend local One Stop Shop provision.", "t.analyst"), (action.Before, action.After, action.By));
        Assert.Equal(("North Kent Domestic Abuse Forum", "Integrated Offender Management Group; North Kent Domestic Abuse Forum"),
            (detail.Changes.Single(c => c.Field == ActionRowFields.Groups).Before, detail.Changes.Single(c => c.Field == ActionRowFields.Groups).After));
        Assert.Equal((null, "2026-03-31"), (detail.Changes.Single(c => c.Field == ActionRowFields.Due).Before, detail.Changes.Single(c => c.Field == ActionRowFields.Due).After));
        Assert.Equal(("NotStarted", "InProgress"), (detail.Changes.Single(c => c.Field == ActionRowFields.Status).Before, detail.Changes.Single(c => c.Field == ActionRowFields.Status).After));

        // A second edit keeps the first's values as its "before": the history holds both.
        var again = await plans.ChangeAsync(Analyst, id, Edit("To continue and extend local One Stop Shop provision.", ["DA Forum"], ["Domestic abuse"], "Kent Police", "DA coordinator",
            "2025-04-01", "2026-06-30", "InProgress", "Green"), CancellationToken.None);
        Assert.True(again.Done);
        detail = await plans.GetAsync(Analyst, id, CancellationToken.None);
        Assert.Equal(9 + 4, detail!.Changes.Count);
        Assert.Equal("2026-03-31", detail.Changes.First(c => c.Field == ActionRowFields.Due).Before);
        // The same values again change nothing and record nothing.
        var same = await plans.ChangeAsync(Analyst, id, Edit("To continue and extend local One Stop Shop provision.", ["North Kent Domestic Abuse Forum"], ["Domestic abuse"], "Kent Police",
            "DA coordinator", "2025-04-01", "2026-06-30", "InProgress", "Green"), CancellationToken.None);
        Assert.True(same.Done);

        await using var db = database.CreateContext();
        Assert.Equal(13, await db.ActionPlanChanges.CountAsync(c => c.ItemId == id));
        var audited = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.ActionRowChanged).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, audited.Count);
        Assert.Equal(("t.analyst", "10.0.0.7", $"action 1.3 (id {id})"), (audited[0].UserName, audited[0].Address, audited[0].Target));
        Assert.Contains("due: - -> 2026-03-31", audited[0].Detail, StringComparison.Ordinal);
        Assert.Contains("rag: NotRated -> Amber", audited[0].Detail, StringComparison.Ordinal);
        Assert.Contains("groups: North Kent Domestic Abuse Forum -> Integrated Offender Management Group; North Kent Domestic Abuse Forum", audited[0].Detail, StringComparison.Ordinal);
        // The row's delivery groups follow the edits: the second took the IOM group off again.
        var links = await db.ActionPlanGroups.CountAsync(l => l.ItemId == id);
        Assert.Equal(1, links);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_new_row_takes_the_next_ref_of_its_theme_or_the_one_given_and_a_taken_ref_is_refused(DatabaseProvider provider)
    {
        var (database, services, ids) = await WorldAsync(provider, postgres);
        await using var _ = services;
        var plans = services.GetRequiredService<ActionPlans>();
        Assert.Equal(37, ids.Count);

        var choices = await plans.ChoicesAsync(Admin, null, CancellationToken.None);
        // Seed 004's themes hold 17, 10 and 10 actions: the next refs are 1.18, 2.11 and 3.11.
        Assert.Equal(["1.18", "2.11", "3.11"], choices!.Themes.Select(t => t.NextRef.ToString()));
        Assert.Equal(17, choices.Groups.Count);
        Assert.Contains("Road safety", choices.Priorities);

        var first = await plans.AddAsync(Analyst, null, new NewActionRow(2, null, Edit("To run a bike marking day in each town centre.", ["CSUs"], ["Acquisitive crime"])), CancellationToken.None);
        Assert.True(first.Done, string.Join("; ", first.Errors));
        var second = await plans.AddAsync(Admin, null, new NewActionRow(2, "", Edit("To publicise the bike marking days.", ["CSUs"], ["Acquisitive crime"])), CancellationToken.None);
        var explicitRef = await plans.AddAsync(Analyst, null, new NewActionRow(3, "3.20", Edit("To hold a community cohesion event.", ["Community Cohesion Group (GBC)"], ["Community cohesion"])),
            CancellationToken.None);
        Assert.True(second.Done && explicitRef.Done);
        var plan = await plans.ListAsync(Analyst, null, CancellationToken.None);
        var added = plan!.Rows.Where(r => !ids.ContainsValue(r.Id)).ToDictionary(r => r.Id, r => r.Item);
        Assert.Equal(("2.11", "Disrupting and Preventing Organised Acquisitive Crime"), (added[first.Id].Ref.ToString(), added[first.Id].Theme));
        Assert.Equal("2.12", added[second.Id].Ref.ToString());
        Assert.Equal(("3.20", "Community cohesion"), (added[explicitRef.Id].Ref.ToString(), added[explicitRef.Id].Priorities.Single()));
        // Refs sort as numbers: 2.11 and 2.12 come after 2.10, and after them the next is 2.13; after 3.20, 3.21.
        var refs = plan.Rows.Select(r => r.Item.Ref.ToString()).ToList();
        Assert.Equal(["2.10", "2.11", "2.12", "3.1"], refs.SkipWhile(r => r != "2.10").Take(4));
        choices = await plans.ChoicesAsync(Admin, null, CancellationToken.None);
        Assert.Equal(["1.18", "2.13", "3.21"], choices!.Themes.Select(t => t.NextRef.ToString()));

        var taken = await plans.AddAsync(Analyst, null, new NewActionRow(1, "1.3", Edit()), CancellationToken.None);
        Assert.False(taken.Done);
        Assert.Equal([ActionRowFields.Ref], taken.Fields);
        Assert.StartsWith("Ref: 1.3 is already an action of this plan (To continue local One Stop Shop provision.)", taken.Errors[0], StringComparison.Ordinal);
        var wrongTheme = await plans.AddAsync(Analyst, null, new NewActionRow(1, "2.14", Edit()), CancellationToken.None);
        Assert.Equal(["Ref: 2.14 is not in theme 1: its refs begin 1."], wrongTheme.Errors);
        var notARef = await plans.AddAsync(Analyst, null, new NewActionRow(1, "1-4", Edit()), CancellationToken.None);
        Assert.Equal([ActionRowFields.Ref], notARef.Fields);
        var noTheme = await plans.AddAsync(Analyst, null, new NewActionRow(9, null, Edit()), CancellationToken.None);
        Assert.Equal(["Theme: the plan has no theme 9; choose one of 1, 2, 3."], noTheme.Errors);

        await using var db = database.CreateContext();
        Assert.Equal(40, await db.ActionPlanItems.CountAsync());
        var history = await db.ActionPlanChanges.AsNoTracking().Where(c => c.ItemId == first.Id).ToListAsync();
        Assert.Equal((ActionRowFields.Added, null, "2.11", "t.analyst"), (Assert.Single(history).Field, history[0].Before, history[0].After, history[0].ByUser));
        var audited = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.ActionRowAdded).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["action 2.11", "action 2.12", "action 3.20"], audited.Select(a => a.Record));
        Assert.StartsWith("theme 2 (Disrupting and Preventing Organised Acquisitive Crime): action: To run a bike marking day in each town centre.; groups: Community Safety Units;",
            audited[0].Detail, StringComparison.Ordinal);
        Assert.Equal(["t.analyst", "t.admin", "t.analyst"], audited.Select(a => a.UserName));
    }

    [Fact]
    public async Task Each_fault_is_refused_naming_its_field_and_nothing_is_changed()
    {
        var (database, services, ids) = await WorldAsync(DatabaseProvider.Sqlite, postgres);
        await using var _ = services;
        var plans = services.GetRequiredService<ActionPlans>();
        var id = ids["2.1"];

        var refused = await plans.ChangeAsync(Analyst, id, new ActionRowEdit("   ", ["The Moon Group", ""], ["", " "], new string('x', 201), null, "2026-04-01", "2026-03-31", "finished", "purple"),
            CancellationToken.None);

        Assert.False(refused.Done);
        Assert.Equal([ActionRowFields.Action, ActionRowFields.Groups, ActionRowFields.Priorities, ActionRowFields.Owner, ActionRowFields.Due, ActionRowFields.Status, ActionRowFields.Rag],
            refused.Fields);
        Assert.Equal("Action: give the action's text (what will be done).", refused.Errors[0]);
        Assert.Equal("Coordinating delivery groups: 'The Moon Group' is no group of the partnership's structure; choose from its groups.", refused.Errors[1]);
        Assert.Equal("Strategic Assessment priorities: choose or give at least one Strategic Assessment priority.", refused.Errors[2]);
        Assert.Equal("Due date: the due date 31 Mar 2026 is before the start date 1 Apr 2026.", refused.Errors[4]);
        Assert.StartsWith("Status: 'finished' is not a status", refused.Errors[5], StringComparison.Ordinal);
        Assert.StartsWith("RAG: 'purple' is not a RAG rating", refused.Errors[6], StringComparison.Ordinal);

        var noGroup = await plans.ChangeAsync(Analyst, id, Edit(groups: []), CancellationToken.None);
        Assert.Equal(["Coordinating delivery groups: choose at least one coordinating delivery group."], noGroup.Errors);
        var badDate = await plans.ChangeAsync(Analyst, id, Edit(start: "31/03/2026"), CancellationToken.None);
        Assert.Equal(["Start date: '31/03/2026' is not a date (yyyy-MM-dd, e.g. 2025-04-01)."], badDate.Errors);
        var missing = await plans.ChangeAsync(Analyst, 999_999, Edit(), CancellationToken.None);
        Assert.True(missing.NotFound);

        await using var db = database.CreateContext();
        Assert.Equal(0, await db.ActionPlanChanges.CountAsync());
        Assert.Equal(0, await db.AuditLog.CountAsync(e => e.Action == AuditActions.ActionRowChanged));
        var row = await db.ActionPlanItems.AsNoTracking().SingleAsync(i => i.Id == id);
        Assert.Equal(("2.1", "NotStarted"), (row.Ref, row.Status));
    }

    [Fact]
    public async Task Partner_and_case_officers_and_members_may_neither_change_nor_add_rows_and_each_attempt_is_audited()
    {
        var (database, services, ids) = await WorldAsync(DatabaseProvider.Sqlite, postgres);
        await using var _ = services;
        var plans = services.GetRequiredService<ActionPlans>();

        // The partner officer's own group's row (1.3, DA Forum): they read and update it, but may not change its fields.
        var own = await plans.ChangeAsync(Partner, ids["1.3"], Edit("Changed by a partner"), CancellationToken.None);
        Assert.True(own.Forbidden);
        Assert.False(own.Done);
        // Another group's row does not exist for them.
        var other = await plans.ChangeAsync(Partner, ids["2.1"], Edit("Changed by a partner"), CancellationToken.None);
        Assert.True(other.NotFound);
        Assert.True((await plans.ChangeAsync(CaseOfficer, ids["1.3"], Edit("Changed by a case officer"), CancellationToken.None)).NotFound);
        Assert.True((await plans.ChangeAsync(Member, ids["1.3"], Edit("Changed by a member"), CancellationToken.None)).Forbidden);
        foreach (var user in new[] { Partner, CaseOfficer, Member })
        {
            var add = await plans.AddAsync(user, null, new NewActionRow(1, null, Edit("Added by " + user.UserName)), CancellationToken.None);
            Assert.True(add.Forbidden, user.UserName);
            Assert.Null(await plans.ChoicesAsync(user, null, CancellationToken.None));
        }
        var detail = await plans.GetAsync(Partner, ids["1.3"], CancellationToken.None);
        Assert.False(detail!.MayEdit);
        Assert.True(detail.Row.MayUpdate);
        Assert.True((await plans.GetAsync(Admin, ids["1.3"], CancellationToken.None))!.MayEdit);

        await using var db = database.CreateContext();
        Assert.Equal(37, await db.ActionPlanItems.CountAsync());
        Assert.Equal("To continue local One Stop Shop provision.", (await db.ActionPlanItems.SingleAsync(i => i.Id == ids["1.3"])).Action);
        Assert.Equal(0, await db.ActionPlanChanges.CountAsync());
        var refusals = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.ActionPlanRefused).Select(e => new { e.UserName, e.Detail }).ToListAsync();
        Assert.Equal(7, refusals.Count);
        Assert.All(refusals, r => Assert.Contains("Administrators and analysts change and add action plan rows", r.Detail, StringComparison.Ordinal));
        Assert.Equal(3, refusals.Count(r => r.Detail!.StartsWith("add:", StringComparison.Ordinal)));
    }
}
