using System.Net;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests.Meetings;

/// <summary>
/// The meeting pages over the loaded sample (its two demonstration meetings of the Management Group): the decision on
/// priorities recorded on /strategy/decision with a meeting's date shows on that meeting's page and in its minutes (the
/// download audited); the later meeting lists the earlier one's outstanding actions; an analyst records a person on a
/// meeting; a member reads the meeting but may not change it.
/// </summary>
public sealed class MeetingPageTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private const string Basis = "area=E22000352&period=2025-01..2025-09&baseline=2022-01..2022-09";

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new KeyValuePair<string, string>("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [Fact]
    public async Task The_decision_on_priorities_shows_in_its_meetings_minutes_and_only_analysts_change_a_meeting()
    {
        var analyst = await sample.App.SignedInAsync(TestUsers.For(Roles.Analyst));
        var before = await analyst.GetStringAsync("/meetings/1");
        Assert.Contains("Strategic Assessment 2025 and the recommended priorities", before, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"priority-decision\"", before, StringComparison.Ordinal);
        // The later meeting: the earlier one's A2 and A3 are outstanding (A1 was completed).
        var later = await analyst.GetStringAsync("/meetings/2");
        Assert.Contains("id=\"matters-arising\"", later, StringComparison.Ordinal);
        Assert.Contains("Ask the delivery groups of the actions not updated", later, StringComparison.Ordinal);
        Assert.DoesNotContain("Circulate the Strategic Assessment 2025", later, StringComparison.Ordinal);

        var token = await CspAppFactory.FormTokenAsync(analyst, "/strategy/decision?" + Basis);
        var recorded = await analyst.PostAsync("/strategy/decision?" + Basis, Form(token, ("group", "CSP Management Group"), ("meetingOn", "2026-01-15"),
            ("added", "Road safety"), ("reasons", "Residents put road safety first in the consultation.")));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var after = await analyst.GetStringAsync("/meetings/1");
        Assert.Contains("id=\"priority-decision\">On 15 January 2026 the CSP Management Group", after, StringComparison.Ordinal);
        var minutes = await analyst.GetStringAsync("/meetings/1/minutes?format=html");
        Assert.Contains("On 15 January 2026 the CSP Management Group", minutes, StringComparison.Ordinal);
        Assert.Contains("Residents put road safety first in the consultation.", minutes, StringComparison.Ordinal);
        // No meeting was made for the decision: it took the sample's meeting of that day.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(await analyst.GetStringAsync("/meetings"), "href=\"/meetings/\\d+\"").Count);
        var audit = sample.App.Services.GetRequiredService<AuditTrail>();
        Assert.Contains((await audit.ReadAsync(AuditActions.ReportDownload, TestUsers.For(Roles.Analyst), 1, default)).Entries, e => e.Target == "minutes of meeting 1");

        var added = await analyst.PostAsync("/meetings/1?handler=Attendee", Form(token, ("name", "Robin Example"), ("role", "Youth Justice Manager"),
            ("agency", "Kent County Council"), ("contact", "robin.example@example.org"), ("attendance", "Apologies")));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Robin Example", await analyst.GetStringAsync("/meetings/1"), StringComparison.Ordinal);
        var refused = await analyst.PostAsync("/meetings/1?handler=Attendee", Form(token, ("name", ""), ("attendance", "Present")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give the person&#x27;s name.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var member = await sample.App.SignedInAsync(TestUsers.For(Roles.Member));
        var read = await member.GetStringAsync("/meetings/1");
        Assert.Contains("Robin Example", read, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"attendee-form\"", read, StringComparison.Ordinal);
        var memberToken = await CspAppFactory.FormTokenAsync(member, "/account/password");
        var forbidden = await member.PostAsync("/meetings/1?handler=Attendee", Form(memberToken, ("name", "Someone"), ("attendance", "Present")));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
