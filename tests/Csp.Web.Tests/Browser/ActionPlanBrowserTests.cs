using Csp.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Csp.Web.Tests.Browser;

/// <summary>
/// In Chromium: an analyst changes an action of the sample plan (seed 004's 1.3) on its form, is told by field what is
/// wrong, saves, and reads the change with its value before in the action's history; then adds an action under theme 2,
/// which takes the next ref, 2.11.
/// </summary>
public sealed class ActionPlanBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task ShotAsync(IPage page, string name)
    {
        if (BrowserApp.ScreenshotFolder is { } folder) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task An_analyst_changes_an_action_and_adds_one_and_the_history_keeps_the_value_before()
    {
        var page = await app.NewPageAsync(1200, 1600);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync("/account/sign-in?ReturnUrl=%2Faction-plan");
        await page.GetByLabel("User name").FillAsync("t.analyst");
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.Locator("#theme-1").GetByRole(AriaRole.Link, new() { Name = "1.3", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Change this action" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Change action 1.3");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "North Kent Domestic Abuse Forum" })).ToBeCheckedAsync();
        await ShotAsync(page, "action-edit");

        // A due date before the start: refused, said at the field, nothing saved.
        await page.GetByLabel("Start date").FillAsync("2026-04-01");
        await page.GetByLabel("Due date").FillAsync("2026-03-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();
        await Assertions.Expect(page.Locator("#due-error")).ToHaveTextAsync("The due date 31 Mar 2026 is before the start date 1 Apr 2026.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Due date: the due date 31 Mar 2026 is before the start date 1 Apr 2026." })).ToBeVisibleAsync();
        await ShotAsync(page, "action-edit-refused");

        await page.GetByLabel("Action", new() { Exact = true }).FillAsync("To continue and extend local One Stop Shop provision.");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Integrated Offender Management Group" }).CheckAsync();
        await page.GetByLabel("Due date").FillAsync("2027-03-31");
        await page.GetByLabel("Status").SelectOptionAsync("InProgress");
        await page.GetByLabel("RAG").SelectOptionAsync("Amber");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Action 1.3");
        await Assertions.Expect(page.Locator("#rag")).ToHaveTextAsync("Amber");
        var changes = page.Locator("#changes tbody tr");
        await Assertions.Expect(changes.Filter(new() { HasText = "Action" }).First).ToContainTextAsync("To continue local One Stop Shop provision.");
        await Assertions.Expect(changes.Filter(new() { HasText = "Due date" })).ToContainTextAsync("31 Mar 2027");
        await ShotAsync(page, "action-row-history");

        await page.GotoAsync("/action-plan");
        await ShotAsync(page, "action-plan");
        await page.Locator("#theme-2").GetByRole(AriaRole.Link, new() { Name = "Add an action to this theme" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Theme the heading the action goes under", new() { Exact = true })).ToHaveValueAsync("2");
        await page.GetByLabel("Action", new() { Exact = true }).FillAsync("To run a bike marking day in each town centre.");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Community Safety Units" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Acquisitive crime" }).CheckAsync();
        // Theme and Ref side by side, as the form's other pairs: the same top, Ref to the right of Theme (at the page's 1,200 pixels).
        var theme = (await page.Locator("#theme").BoundingBoxAsync())!;
        var reference = (await page.Locator("#ref").BoundingBoxAsync())!;
        Assert.True(Math.Abs(theme.Y - reference.Y) < 2 && reference.X >= theme.X + theme.Width, $"Theme at ({theme.X}, {theme.Y}) {theme.Width} wide, Ref at ({reference.X}, {reference.Y})");
        await ShotAsync(page, "action-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Action 2.11");
        Assert.Empty(errors);
    }
}
