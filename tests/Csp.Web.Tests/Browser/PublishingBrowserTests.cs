using Csp.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Csp.Web.Tests.Browser;

/// <summary>
/// In Chromium: an analyst publishes the performance report, the Case Review statistics and the strategy with its Strategy
/// on a Page from /publishing (one mechanism for all), and a resident, not signed in, finds them on /public.
/// </summary>
public sealed class PublishingBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_analyst_publishes_from_the_publishing_page_and_a_resident_reads_it_on_the_public_page()
    {
        var page = await app.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync("/account/sign-in?ReturnUrl=%2Fpublishing");
        await page.GetByLabel("User name").FillAsync("t.analyst");
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Publishing to the public page");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Area", Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "E22000352" });
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Quarter", Exact = true }).FillAsync("2025-Q2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the performance report" }).ClickAsync();
        await page.GetByLabel("Financial year starting April").FillAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the ASB Case Review statistics" }).ClickAsync();
        var rows = page.GetByRole(AriaRole.Table).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("April to June 2025");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Financial year 2024/25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the strategy and Strategy on a Page" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        // The strategy's two are listed first, with the strategy's own period (seed 004's 2016-19); one button withdraws both.
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("2016-19");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("2016-19");
        await Assertions.Expect(rows.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Withdraw the strategy and its page" })).ToBeVisibleAsync();
        await Assertions.Expect(rows.Nth(1).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        if (BrowserApp.ScreenshotFolder is { } folder) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "publishing.png"), FullPage = true });

        var resident = await app.NewPageAsync();
        await resident.GotoAsync("/public");
        await Assertions.Expect(resident.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Published by the Community Safety Partnership");
        if (BrowserApp.ScreenshotFolder is { } shots) await resident.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "public.png"), FullPage = true });
        await resident.GetByRole(AriaRole.Link, new() { Name = "ASB Case Reviews 2024/25" }).ClickAsync();
        await Assertions.Expect(resident.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ASB Case Reviews 2024/25");
        await resident.GotoAsync("/public");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Community Safety Partnership performance: Dartford and Gravesham, April-June 2025" }).ClickAsync();
        await Assertions.Expect(resident.GetByText("Part 1 - Public").First).ToBeVisibleAsync();

        // Withdrawn: gone from the public page.
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "ASB Case Reviews 2024/25" }).GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the strategy and its page" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await resident.GotoAsync("/public/strategy");
        await Assertions.Expect(resident.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not published");
        await resident.GotoAsync("/public");
        await Assertions.Expect(resident.GetByRole(AriaRole.Link, new() { Name = "ASB Case Reviews 2024/25" })).ToHaveCountAsync(0);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task A_case_officer_records_an_appeal_against_a_case_reviews_outcome_and_its_decision_under_the_review()
    {
        var cases = app.Services.GetRequiredService<Csp.Workbench.Cases.AsbCases>();
        var officer = new Csp.Workbench.Cases.CaseUser("t.case", "Community Safety Unit (council)", [Csp.Workbench.Accounts.Roles.CaseOfficer], "127.0.0.1");
        var opened = await cases.OpenAsync(officer, new Csp.Workbench.Cases.NewCase("Neighbour nuisance", "12 Example Road, Gravesend", "Pelham", "Loud music", []), default);
        var victim = await cases.AddPersonAsync(officer, opened.Id, new Csp.Workbench.Cases.NewPerson(Csp.Workbench.Cases.CaseRoles.Victim, "Vera Victim"), default);
        var received = new DateOnly(2025, 3, 3);
        var review = await cases.ApplyForReviewAsync(officer, opened.Id, received, victim.Id, false, true, [new Csp.Core.Cases.CaseReview.Complaint(received.AddDays(-10), received.AddDays(-11), "Council")], default);
        Assert.True((await cases.DecideReviewAsync(officer, opened.Id, review.Id, new Csp.Workbench.Cases.CaseReviewProgress(null, new DateOnly(2025, 3, 10), false, null, null, null, "Not met"), default)).Done);

        var page = await app.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync($"/account/sign-in?ReturnUrl=%2Fcases%2F{opened.Id}");
        await page.GetByLabel("User name").FillAsync("t.case");
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByLabel("Appeal received").FillAsync("2025-03-20");
        await page.GetByLabel("Grounds").FillAsync("The complaints to the housing provider were not counted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record an appeal" }).ClickAsync();
        var appeals = page.Locator($"#review-{review.Id} table").Last;
        await Assertions.Expect(appeals).ToContainTextAsync("Not yet decided");
        await page.GetByLabel("Decision", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Partly upheld" });
        await page.GetByLabel("Reasons").FillAsync("The housing provider's complaints are now counted; the threshold is still not met");
        await page.GetByLabel("Decided on").FillAsync("2025-04-01");
        await page.GetByLabel("Decided by").FillAsync("Chair, Community Safety Partnership");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(appeals).ToContainTextAsync("Partly upheld: The housing provider's complaints are now counted");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Record an appeal" })).ToBeVisibleAsync();
        if (BrowserApp.ScreenshotFolder is { } folder) await page.Locator($"#review-{review.Id}").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, "case-review-appeal.png") });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
