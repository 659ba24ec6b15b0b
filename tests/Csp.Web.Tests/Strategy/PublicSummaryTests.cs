using System.Net;
using Csp.Core.Cases.CaseReview;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;
using Csp.Workbench.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests.Strategy;

/// <summary>
/// The public page over the loaded sample: /public lists nothing until an analyst publishes from /publishing; then anyone,
/// signed in or not, reads the performance report and the ASB Case Review statistics with the dates, small numbers
/// withheld and no personal data; a member may not publish; a withdrawal takes one down.
/// </summary>
public sealed class PublicSummaryTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new KeyValuePair<string, string>("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [Fact]
    public async Task Anyone_reads_what_an_analyst_published_with_small_numbers_withheld_and_no_one_named()
    {
        var nobody = sample.App.Anonymous();
        var index = await nobody.GetAsync("/public");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Contains("Nothing is published yet.", await index.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await nobody.GetAsync("/public/performance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nobody.GetAsync("/public/case-review")).StatusCode);

        // Three Case Review applications in 2024/25 on a council case whose victim has a name and an address: 3 is withheld.
        var cases = sample.App.Services.GetRequiredService<AsbCases>();
        var officer = new CaseUser("c.officer", "Community Safety Unit (council)", [Roles.CaseOfficer], "127.0.0.1");
        var opened = await cases.OpenAsync(officer, new NewCase("Neighbour nuisance", "12 Example Road, Gravesend", "Pelham", "Loud music", []), default);
        var victim = await cases.AddPersonAsync(officer, opened.Id, new NewPerson(CaseRoles.Victim, "Vera Victim", new DateOnly(1950, 3, 1), "12 Example Road", "DA11 0AA"), default);
        for (var i = 0; i < 3; i++)
        {
            var received = new DateOnly(2024, 6, 3).AddDays(7 * i);
            Assert.True((await cases.ApplyForReviewAsync(officer, opened.Id, received, victim.Id, false, true, [new Complaint(received.AddDays(-10), received.AddDays(-11), "Council")], default)).Done);
        }

        var member = await sample.App.SignedInAsync(TestUsers.For(Roles.Member));
        var memberToken = await CspAppFactory.FormTokenAsync(member, "/account/password");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync("/publishing?handler=Performance", Form(memberToken, ("Area", "E22000352"), ("Quarter", "2025-Q2")))).StatusCode);

        var analyst = await sample.App.SignedInAsync(TestUsers.For(Roles.Analyst));
        var token = await CspAppFactory.FormTokenAsync(analyst, "/publishing");
        Assert.Equal(HttpStatusCode.Redirect, (await analyst.PostAsync("/publishing?handler=Performance", Form(token, ("Area", "E22000352"), ("Quarter", "2025-Q2")))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await analyst.PostAsync("/publishing?handler=CaseReview", Form(token, ("FinancialYear", "2024")))).StatusCode);
        var refused = await analyst.PostAsync("/publishing?handler=CaseReview", Form(token, ("FinancialYear", "2099")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("has not ended", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var listed = await nobody.GetStringAsync("/public");
        Assert.Contains("href=\"/public/performance\"", listed, StringComparison.Ordinal);
        Assert.Contains("href=\"/public/case-review\"", listed, StringComparison.Ordinal);
        Assert.Contains("April to June 2025", listed, StringComparison.Ordinal);
        Assert.Contains("Financial year 2024/25", listed, StringComparison.Ordinal);
        Assert.Contains(DateTime.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), listed, StringComparison.Ordinal);
        // Who published it is the partnership's business, not the public's.
        Assert.DoesNotContain(TestUsers.For(Roles.Analyst), listed, StringComparison.Ordinal);

        var performance = await nobody.GetAsync("/public/performance");
        Assert.Equal(HttpStatusCode.OK, performance.StatusCode);
        var report = await performance.Content.ReadAsStringAsync();
        Assert.Contains("Community Safety Partnership performance: Dartford and Gravesham, April-June 2025", report, StringComparison.Ordinal);
        // The figures first: no caveat box before the first table; the caveats (the incidents' counting, demonstration data, what
        // could not be compared) in one section after the figures, worded for the public (no command to run).
        var firstTable = report.IndexOf("<table class=\"figures\">", StringComparison.Ordinal);
        var about = report.LastIndexOf(">About these figures<", StringComparison.Ordinal); // the heading, after the contents' link
        Assert.True(firstTable > 0 && about > firstTable, $"the first table at {firstTable}, About these figures at {about}");
        Assert.DoesNotContain("role=\"note\"", report[..firstTable], StringComparison.Ordinal);
        Assert.Contains("under &quot;About these figures&quot; at the end", report[..firstTable], StringComparison.Ordinal);
        var caveats = report[about..];
        Assert.Contains("counted from GENERATED demonstration incidents", caveats, StringComparison.Ordinal);
        Assert.Contains("Not compared or rated", caveats, StringComparison.Ordinal);
        Assert.DoesNotContain("csp ", report, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", performance.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var statistics = await nobody.GetAsync("/public/case-review");
        Assert.Equal(HttpStatusCode.OK, statistics.StatusCode);
        var html = await statistics.Content.ReadAsStringAsync();
        Assert.Contains("ASB Case Reviews 2024/25", html, StringComparison.Ordinal);
        Assert.Matches(@"Applications for an ASB Case Review received</th><td class=""num[^""]*""[^>]*>\*</td>", html);
        Assert.DoesNotMatch(@"received</th><td class=""num[^""]*""[^>]*>3</td>", html);
        foreach (var personal in new[] { "Vera Victim", "Example Road", "DA11", "Pelham", "CR-2024" }) Assert.DoesNotContain(personal, html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await analyst.PostAsync("/publishing?handler=Withdraw", Form(token, ("kind", "case-review-statistics")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nobody.GetAsync("/public/case-review")).StatusCode);
        Assert.DoesNotContain("/public/case-review", await nobody.GetStringAsync("/public"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await nobody.GetAsync("/public/performance")).StatusCode);
    }
}
