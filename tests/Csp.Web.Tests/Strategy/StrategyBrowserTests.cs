using System.Globalization;
using Csp.Web.Tests.Browser;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;
using Csp.Workbench.Strategy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Csp.Web.Tests.Strategy;

/// <summary>
/// The "done means" path in Chromium over the loaded sample: an analyst records the Management Group's decision on
/// the assessment's recommended priorities (the recommended one accepted, another category and road safety added), which then shows on the strategy page, in
/// the Strategic Assessment report and on Strategy on a Page; a partner officer on the DA Forum sees its rows only, and
/// updates one.
/// </summary>
public sealed class StrategyBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Query = "area=E22000352&period=2025-01..2025-09&baseline=2022-01..2022-09";

    private static async Task ShotAsync(IPage page, string name)
    {
        if (BrowserApp.ScreenshotFolder is { } folder) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    private async Task<IPage> SignInAsync(string user, string returnUrl)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return page;
    }

    [Fact]
    public async Task An_analyst_records_the_management_groups_decision_and_it_shows_in_the_strategy_and_the_assessment_report()
    {
        var page = await SignInAsync(TestUsers.For(Roles.Analyst), "/strategy/decision?" + Query);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("The Management Group's decision on priorities");
        // The sample's scoring recommends its first-ranked category: the group accepts it, adds the next-ranked one (not
        // recommended) and road safety (no police.uk category).
        var recommended = page.Locator("#scoring input[name=chosen]:checked");
        Assert.True(await recommended.CountAsync() >= 1);
        var accepted = await recommended.First.GetAttributeAsync("value");
        var other = page.Locator("#scoring input[name=chosen]:not(:checked)").First;
        var added = await other.GetAttributeAsync("value");
        await other.CheckAsync();
        await page.GetByLabel("Priorities the group added").FillAsync("Road safety");
        var yesterday = DateTime.Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.Locator("#meetingOn").FillAsync(yesterday);
        await page.GetByLabel("Reasons").FillAsync("The consultation ranked road safety third; the KF&RS Road Safety Centre opens this year.");
        await ShotAsync(page, "strategy-1-decision-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        await Assertions.Expect(page.Locator("#decision-summary")).ToContainTextAsync($"the CSP Management Group accepted {accepted} from the recommended priorities");
        await Assertions.Expect(page.Locator("#decision-summary")).ToContainTextAsync($"added {added} and Road safety");
        await Assertions.Expect(page.Locator("#decision-table")).ToContainTextAsync("added by the group");
        await ShotAsync(page, "strategy-2-strategy-page");

        await page.GotoAsync("/reports/assessment?format=html&" + Query);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The management group's decision" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Road safety: added by the group (not scored: not a police.uk category)");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync($"{accepted}: accepted (ranked 1 by the scoring)");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync($"{added}: added by the group (ranked ");

        await page.GotoAsync("/strategy/page?format=html");
        await Assertions.Expect(page.Locator(".summary")).ToContainTextAsync("Road safety");
    }

    [Fact]
    public async Task A_partner_officer_on_the_da_forum_sees_its_rows_only_and_updates_one()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<Strategies>()
                .AddMemberAsync(new PlanUser("setup", [Roles.Administrator]), "DA Forum", TestUsers.For(Roles.PartnerOfficer), "Member", CancellationToken.None);
            Assert.True(added.Done);
        }
        var page = await SignInAsync(TestUsers.For(Roles.PartnerOfficer), "/action-plan");
        await Assertions.Expect(page.Locator("#my-groups")).ToContainTextAsync("North Kent Domestic Abuse Forum");
        await Assertions.Expect(page.Locator("table.action-plan tbody tr")).ToHaveCountAsync(9);
        await Assertions.Expect(page.Locator("#reminders")).ToContainTextAsync("1.1");
        await ShotAsync(page, "strategy-3-action-plan-partner");
        await page.Locator("table.action-plan").GetByRole(AriaRole.Link, new() { Name = "1.4", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Action 1.4");
        await page.GetByLabel("RAG").SelectOptionAsync("Green");
        await page.GetByLabel("Progress this quarter").FillAsync("Twelve households assisted through the Sanctuary Scheme this quarter.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the update" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rag")).ToHaveTextAsync("Green");
        await Assertions.Expect(page.Locator("#history tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("Twelve households assisted");
        await ShotAsync(page, "strategy-4-action-row-updated");
    }
}
