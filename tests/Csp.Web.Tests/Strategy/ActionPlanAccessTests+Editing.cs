using System.Net;
using System.Text.RegularExpressions;
using Csp.Storage;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests.Strategy;

/// <summary>
/// Changing and adding action plan rows through the real pages, for every role: administrators and analysts open the
/// forms and save; partner and case officers (even on the row's own group) and members get 403 for the forms and for a
/// post, and nothing changes; nobody signed in is sent to sign in. A saved change shows in the row's history with its value
/// before; a refused post shows each error by its field.
/// </summary>
public sealed partial class ActionPlanAccessTests
{
    private static readonly string[] Managers = ["plan.analyst", "plan.admin"];

    private static List<KeyValuePair<string, string>> RowFields(string token, string action, params (string Name, string Value)[] more)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("action", action), new("groups", "North Kent Domestic Abuse Forum"), new("priorities", "Domestic abuse"), new("status", "NotStarted"), new("rag", "NotRated"),
            new("__RequestVerificationToken", token),
        };
        fields.AddRange(more.Select(m => new KeyValuePair<string, string>(m.Name, m.Value)));
        return fields;
    }

    [Fact]
    public async Task Only_administrators_and_analysts_open_the_forms_that_change_and_add_rows_and_see_their_links()
    {
        var wrong = new List<string>();
        var id = _ids["1.3"];
        foreach (var (name, _, _) in Users)
        {
            var client = await _app.SignedInAsync(name);
            var expected = Managers.Contains(name) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            foreach (var path in new[] { $"/action-plan/{id}/edit", "/action-plan/new", "/action-plan/new?theme=2" })
            {
                var response = await client.GetAsync(path);
                if (response.StatusCode != expected) wrong.Add($"{name} GET {path}: {(int)response.StatusCode}, expected {(int)expected}");
            }
            var plan = await client.GetStringAsync("/action-plan");
            if (plan.Contains("id=\"add-link\"", StringComparison.Ordinal) != Managers.Contains(name)) wrong.Add($"{name}: the add link on /action-plan");
            if (Expected(name).Contains("1.3"))
            {
                var row = await client.GetStringAsync($"/action-plan/{id}");
                if (row.Contains("id=\"edit-link\"", StringComparison.Ordinal) != Managers.Contains(name)) wrong.Add($"{name}: the edit link on 1.3");
            }
        }
        Assert.Empty(wrong);
        var anonymous = await _app.Anonymous().GetAsync($"/action-plan/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_that_changes_or_adds_a_row_is_403_for_every_role_but_administrators_and_analysts_and_changes_nothing()
    {
        var wrong = new List<string>();
        foreach (var (name, _, _) in Users.Where(u => !Managers.Contains(u.Name)))
        {
            var client = await _app.SignedInAsync(name);
            var token = await CspAppFactory.FormTokenAsync(client, "/account/password");
            // 1.3 is the DA Forum's: da.partner updates it each quarter, and still may not change its fields.
            var edit = await client.PostAsync($"/action-plan/{_ids["1.3"]}/edit", new FormUrlEncodedContent(RowFields(token, "Changed by " + name)));
            var add = await client.PostAsync("/action-plan/new", new FormUrlEncodedContent(RowFields(token, "Added by " + name, ("theme", "1"))));
            if (edit.StatusCode != HttpStatusCode.Forbidden) wrong.Add($"{name} POST edit: {(int)edit.StatusCode}");
            if (add.StatusCode != HttpStatusCode.Forbidden) wrong.Add($"{name} POST new: {(int)add.StatusCode}");
        }
        Assert.Empty(wrong);
        await using var db = _app.Services.GetRequiredService<CspDatabase>().CreateContext();
        Assert.Equal(37, await db.ActionPlanItems.CountAsync());
        Assert.Equal("To continue local One Stop Shop provision.", (await db.ActionPlanItems.SingleAsync(i => i.Id == _ids["1.3"])).Action);
        Assert.Equal(0, await db.ActionPlanChanges.CountAsync());
        Assert.Equal(0, await db.AuditLog.CountAsync(e => e.Action == AuditActions.ActionRowChanged || e.Action == AuditActions.ActionRowAdded));
    }

    [Fact]
    public async Task An_analyst_changes_a_row_and_an_administrator_adds_one_and_the_row_page_keeps_the_values_before()
    {
        var analyst = await _app.SignedInAsync("plan.analyst");
        var id = _ids["1.3"];
        var token = await CspAppFactory.FormTokenAsync(analyst, $"/action-plan/{id}/edit");
        var form = await analyst.GetStringAsync($"/action-plan/{id}/edit");
        // The form opens with the row's values: its group ticked, its text in the box.
        Assert.Matches("id=\"group-north-kent-domestic-abuse-forum\" name=\"groups\" value=\"North Kent Domestic Abuse Forum\" checked", form);
        Assert.Contains(">To continue local One Stop Shop provision.</textarea>", form, StringComparison.Ordinal);

        var saved = await analyst.PostAsync($"/action-plan/{id}/edit", new FormUrlEncodedContent(RowFields(token, "To continue and extend local One Stop Shop provision.",
            ("groups", "IOM"), ("otherPriorities", "Violent crime"), ("owner", "Kent Police"), ("start", "2025-04-01"), ("due", "2026-03-31"), ("rag", "Amber"))));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/action-plan/{id}", saved.Headers.Location!.OriginalString);
        var page = await analyst.GetStringAsync($"/action-plan/{id}");
        Assert.Contains("<p class=\"lede\">To continue and extend local One Stop Shop provision.</p>", page, StringComparison.Ordinal);
        Assert.Contains("Integrated Offender Management Group, North Kent Domestic Abuse Forum", page, StringComparison.Ordinal);
        var changes = Regex.Match(page, "<table class=\"data\" id=\"changes\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<td>plan.analyst</td><td>Action</td>", changes, StringComparison.Ordinal);
        Assert.Contains("<td>To continue local One Stop Shop provision.</td><td>To continue and extend local One Stop Shop provision.</td>", changes, StringComparison.Ordinal);
        Assert.Matches(@"<td>Due date</td>\s*<td>-</td><td>31 Mar 2026</td>", changes);

        // A refused post: each error in the summary and at its field, the values kept.
        var refused = await analyst.PostAsync($"/action-plan/{id}/edit", new FormUrlEncodedContent(RowFields(token, " ", ("start", "2026-04-01"), ("due", "2026-03-31"))));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#action\">Action: give the action&#x27;s text (what will be done).</a>", errors, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#due\">Due date: the due date 31 Mar 2026 is before the start date 1 Apr 2026.</a>", errors, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"due-error\">", errors, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-04-01\"", errors, StringComparison.Ordinal);

        // An administrator adds an action under theme 3: it takes 3.11, the next after seed 004's 3.10.
        var admin = await _app.SignedInAsync("plan.admin");
        var adminToken = await CspAppFactory.FormTokenAsync(admin, "/action-plan/new?theme=3");
        var added = await admin.PostAsync("/action-plan/new", new FormUrlEncodedContent(RowFields(adminToken, "To hold a community cohesion event in each town.",
            ("theme", "3"), ("groups", "Community Cohesion Group (Gravesham)"))));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var newPage = await admin.GetStringAsync(added.Headers.Location!.OriginalString);
        Assert.Contains("<h1>Action 3.11</h1>", newPage, StringComparison.Ordinal);
        Assert.Contains("<td colspan=\"2\">Added as 3.11</td>", newPage, StringComparison.Ordinal);
        var duplicate = await admin.PostAsync("/action-plan/new", new FormUrlEncodedContent(RowFields(adminToken, "Another", ("theme", "3"), ("ref", "3.11"))));
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("<a href=\"#ref\">Ref: 3.11 is already an action of this plan", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The new row is on the plan for the groups it names: the DA Forum's officer now sees 3.11 too.
        var officerPlan = await (await _app.SignedInAsync("da.partner")).GetStringAsync("/action-plan");
        Assert.Contains(">3.11</a>", officerPlan, StringComparison.Ordinal);

        await using var db = _app.Services.GetRequiredService<CspDatabase>().CreateContext();
        var audited = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.ActionRowChanged || e.Action == AuditActions.ActionRowAdded).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([(AuditActions.ActionRowChanged, "plan.analyst", "action 1.3"), (AuditActions.ActionRowAdded, "plan.admin", "action 3.11")],
            audited.Select(a => (a.Action, a.UserName!, a.Record!)));
    }
}
