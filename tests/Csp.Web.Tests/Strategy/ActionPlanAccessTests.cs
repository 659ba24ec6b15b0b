using System.Net;
using System.Text.RegularExpressions;
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
/// Who sees and updates which action plan rows, through the real pages, for every role: administrators and analysts see
/// and update all 37 rows of the sample plan; members read all and update none; partner and case officers see and update
/// only the rows of the groups they sit on (another group's row is 404, and the attempt is audited); an officer on no group
/// sees none; nobody signed in is sent to sign in. Every update is kept in the row's history and audited.
/// </summary>
public sealed partial class ActionPlanAccessTests : IAsyncLifetime
{
    private readonly CspAppFactory _app = CspAppFactory.InMemory();
    private Dictionary<string, long> _ids = [];

    /// <summary>User name -> role and the group they sit on (null: none).</summary>
    private static readonly (string Name, string Role, string? Group)[] Users =
    [
        ("da.partner", Roles.PartnerOfficer, "DA Forum"),
        ("csu.officer", Roles.CaseOfficer, "CSUs"),
        ("lone.partner", Roles.PartnerOfficer, null),
        ("plan.analyst", Roles.Analyst, null),
        ("plan.admin", Roles.Administrator, null),
        ("plan.member", Roles.Member, null),
    ];

    /// <summary>Seed 004's rows coordinated by the North Kent Domestic Abuse Forum ("DA Forum"), and by the CSUs, read off the seed by hand.</summary>
    private static readonly string[] DaForumRefs = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"];

    private static readonly string[] CsuRefs = ["1.10", "1.11", "1.12", "1.13", "1.17", "2.2", "2.5", "2.6", "2.7", "2.8", "2.10", "3.2", "3.3", "3.4", "3.5", "3.6", "3.8", "3.9", "3.10"];

    public async Task InitializeAsync()
    {
        _ = _app.Server;
        await using var scope = _app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var loaded = await services.GetRequiredService<Strategies>().LoadSampleAsync(Repository.Sample(), CancellationToken.None);
        Assert.NotNull(loaded);
        Assert.Empty(loaded.Issues);
        var accounts = services.GetRequiredService<AccountService>();
        var agency = (await services.GetRequiredService<CspDatabase>().CreateContext().Agencies.FirstAsync(a => a.Kind == "Police")).Id;
        var admin = new PlanUser("setup", [Roles.Administrator]);
        foreach (var (name, role, group) in Users)
        {
            await accounts.CreateUserAsync(name, name, agency, [role], TestUsers.Password, CancellationToken.None);
            if (group is not null) Assert.True((await services.GetRequiredService<Strategies>().AddMemberAsync(admin, group, name, "Member", CancellationToken.None)).Done);
        }
        var plan = await services.GetRequiredService<ActionPlans>().ListAsync(admin, null, CancellationToken.None);
        _ids = plan!.Rows.ToDictionary(r => r.Item.Ref.ToString(), r => r.Id);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private IEnumerable<string> Expected(string user) => user switch
    {
        "da.partner" => DaForumRefs,
        "csu.officer" => CsuRefs,
        "lone.partner" => [],
        _ => _ids.Keys,
    };

    [GeneratedRegex("href=\"/action-plan/(\\d+)\"")]
    private static partial Regex RowLink();

    [Fact]
    public async Task Every_role_sees_on_the_action_plan_page_exactly_the_rows_it_is_entitled_to()
    {
        Assert.Equal(37, _ids.Count);
        var wrong = new List<string>();
        foreach (var (name, _, _) in Users)
        {
            var client = await _app.SignedInAsync(name);
            var page = await client.GetStringAsync("/action-plan");
            var seen = RowLink().Matches(page).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
            var expected = Expected(name).Select(r => _ids[r]).ToHashSet();
            if (!seen.SetEquals(expected)) wrong.Add($"{name}: saw {seen.Count} rows, expected {expected.Count}");
        }
        Assert.Empty(wrong);
        var anonymous = await _app.Anonymous().GetAsync("/action-plan");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_row_of_another_group_is_not_found_for_an_officer_and_the_attempt_is_audited()
    {
        var wrong = new List<string>();
        foreach (var reference in new[] { "1.1", "1.10", "2.1" })
        {
            foreach (var (name, _, _) in Users)
            {
                var client = await _app.SignedInAsync(name);
                var response = await client.GetAsync($"/action-plan/{_ids[reference]}");
                var expected = Expected(name).Contains(reference) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                if (response.StatusCode != expected) wrong.Add($"{name} {reference}: {(int)response.StatusCode}, expected {(int)expected}");
            }
        }
        Assert.Empty(wrong);
        await using var db = _app.Services.GetRequiredService<CspDatabase>().CreateContext();
        var refused = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.ActionPlanRefused).Select(e => e.UserName).Distinct().OrderBy(u => u).ToListAsync();
        Assert.Equal(["csu.officer", "da.partner", "lone.partner"], refused);
    }

    [Fact]
    public async Task A_partner_officer_updates_their_groups_row_which_is_kept_and_audited_and_cannot_touch_another_groups()
    {
        var officer = await _app.SignedInAsync("da.partner");
        var id = _ids["1.3"];
        var token = await CspAppFactory.FormTokenAsync(officer, $"/action-plan/{id}");
        var quarter = Csp.Core.Strategy.ReportingQuarter.Of(DateOnly.FromDateTime(DateTime.Now)).ToString();
        var done = await officer.PostAsync($"/action-plan/{id}", new FormUrlEncodedContent(
            [new("quarter", quarter), new("status", "InProgress"), new("rag", "Amber"), new("note", "Two One Stop Shop sessions held a week"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var page = await officer.GetStringAsync($"/action-plan/{id}");
        Assert.Contains("Two One Stop Shop sessions held a week", page, StringComparison.Ordinal);
        Assert.Contains("id=\"rag\" class=\"rag rag-amber\">Amber<", page, StringComparison.Ordinal);

        var other = _ids["2.1"];
        var refused = await officer.PostAsync($"/action-plan/{other}", new FormUrlEncodedContent(
            [new("quarter", quarter), new("status", "InProgress"), new("rag", "Red"), new("note", "should not land"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        var member = await _app.SignedInAsync("plan.member");
        var memberToken = await CspAppFactory.FormTokenAsync(member, "/account/password");
        var memberTry = await member.PostAsync($"/action-plan/{id}", new FormUrlEncodedContent(
            [new("quarter", quarter), new("status", "Completed"), new("rag", "Green"), new("note", "should not land"), new("__RequestVerificationToken", memberToken)]));
        Assert.Contains("Members and councillors read the action plan", await memberTry.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var db = _app.Services.GetRequiredService<CspDatabase>().CreateContext();
        var updates = await db.ActionPlanUpdates.AsNoTracking().ToListAsync();
        var update = Assert.Single(updates);
        Assert.Equal(("da.partner", "Amber", id), (update.ByUser, update.Rag, update.ItemId));
        var audited = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.ActionPlanUpdated).ToListAsync();
        Assert.Equal("da.partner", Assert.Single(audited).UserName);
        Assert.Contains("NotStarted/NotRated -> InProgress/Amber", audited[0].Detail, StringComparison.Ordinal);
        Assert.Equal(2, await db.AuditLog.CountAsync(e => e.Action == AuditActions.ActionPlanRefused && e.Target!.StartsWith("action 2.1") || e.Action == AuditActions.ActionPlanRefused && e.UserName == "plan.member"));
    }
}
