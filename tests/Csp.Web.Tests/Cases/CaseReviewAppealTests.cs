using System.Net;
using Csp.Core.Cases.CaseReview;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests.Cases;

/// <summary>
/// An appeal against a Case Review's outcome on the case page: a case officer of the lead agency records it and its
/// decision, the page shows both, a bad decision is refused in words, and each change is audited against the applicant.
/// </summary>
public sealed class CaseReviewAppealTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new KeyValuePair<string, string>("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [Fact]
    public async Task A_case_officer_records_an_appeal_and_its_decision_on_the_case_page()
    {
        var cases = sample.App.Services.GetRequiredService<AsbCases>();
        var officer = new CaseUser(TestUsers.For(Roles.CaseOfficer), "Community Safety Unit (council)", [Roles.CaseOfficer], "127.0.0.1");
        var opened = await cases.OpenAsync(officer, new NewCase("Neighbour nuisance", "12 Example Road, Gravesend", "Pelham", "Loud music", []), default);
        Assert.True(opened.Done, string.Join("; ", opened.Errors));
        var victim = await cases.AddPersonAsync(officer, opened.Id, new NewPerson(CaseRoles.Victim, "Vera Victim"), default);
        var received = new DateOnly(2025, 3, 3);
        var review = await cases.ApplyForReviewAsync(officer, opened.Id, received, victim.Id, false, true, [new Complaint(received.AddDays(-10), received.AddDays(-11), "Council")], default);
        Assert.True((await cases.DecideReviewAsync(officer, opened.Id, review.Id, new CaseReviewProgress(null, new DateOnly(2025, 3, 10), false, null, null, null, "Not met"), default)).Done);

        var client = await sample.App.SignedInAsync(TestUsers.For(Roles.CaseOfficer));
        var path = $"/cases/{opened.Id}";
        var token = await CspAppFactory.FormTokenAsync(client, path);
        var appealed = await client.PostAsync($"{path}?handler=Appeal", Form(token, ("reviewId", review.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("appealReceivedOn", "2025-03-20"), ("grounds", "The complaints to the housing provider were not counted")));
        Assert.Equal(HttpStatusCode.Redirect, appealed.StatusCode);
        var page = await client.GetStringAsync(path);
        Assert.Contains("The complaints to the housing provider were not counted", page, StringComparison.Ordinal);
        Assert.Contains("Not yet decided", page, StringComparison.Ordinal);

        long appealId;
        await using (var db = sample.App.Services.GetRequiredService<Csp.Storage.CspDatabase>().CreateContext())
            appealId = await db.CaseReviewAppeals.Where(a => a.ReviewId == review.Id).Select(a => a.Id).SingleAsync();
        var id = appealId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var refused = await client.PostAsync($"{path}?handler=AppealDecision", Form(token, ("appealId", id), ("appealDecision", "Upheld"), ("appealDecidedOn", "2025-04-01"), ("decidedBy", "")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Say who decided the appeal.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var decided = await client.PostAsync($"{path}?handler=AppealDecision", Form(token, ("appealId", id), ("appealDecision", "Upheld"),
            ("reasons", "Recounted: threshold met, review to be held"), ("appealDecidedOn", "2025-04-01"), ("decidedBy", "Chair, Community Safety Partnership")));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        page = await client.GetStringAsync(path);
        Assert.Contains("Upheld: Recounted: threshold met, review to be held", page, StringComparison.Ordinal);
        Assert.Contains("Chair, Community Safety Partnership", page, StringComparison.Ordinal);

        await using var check = sample.App.Services.GetRequiredService<Csp.Storage.CspDatabase>().CreateContext();
        Assert.Equal(["appeal " + id + " received", "appeal " + id + " decided: Upheld"], await check.AuditLog.AsNoTracking()
            .Where(e => e.Action == AuditActions.CaseChanged && e.CaseId == opened.Id && e.PersonId == victim.Id && e.Detail!.StartsWith("appeal ")).OrderBy(e => e.Id).Select(e => e.Detail!).ToListAsync());
    }
}
