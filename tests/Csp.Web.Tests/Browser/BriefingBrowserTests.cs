using Csp.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Csp.Web.Tests.Browser;

/// <summary>The morning meeting in Chromium: the briefing page with its map and the demonstration label, a task raised from it, and the record of the briefing held.</summary>
public sealed class BriefingBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_analyst_reads_the_briefing_with_its_map_raises_a_task_and_records_the_briefing_as_held()
    {
        var page = await app.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error" && !m.Text.Contains("404", StringComparison.Ordinal)) errors.Add(m.Text); };
        page.RequestFailed += (_, r) => errors.Add("failed: " + r.Url);
        page.Response += (_, r) => { if (r.Status == 404) errors.Add("404: " + r.Url); };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync("/account/sign-in?ReturnUrl=%2Fbriefing");
        await page.GetByLabel("User name").FillAsync("t.analyst");
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // The afternoon and evening of the day before the sample was loaded: the demonstration set always holds incidents
        // there (the day before the day the test runs is another when the load and the test fall either side of midnight).
        var yesterday = SampleDatabases.LoadedOn.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GotoAsync($"/briefing?area=E07000109&since={yesterday}T08:00&until={yesterday}T23:59");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Daily briefing: Gravesham");
        await Assertions.Expect(page.Locator("#demo-label")).ToContainTextAsync("Demonstration data");
        await Assertions.Expect(page.Locator("#categories-table tbody tr").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await Assertions.Expect(page.Locator("#map path.leaflet-interactive").First).ToBeAttachedAsync();
        Assert.True(await page.Locator("#map path.leaflet-interactive").CountAsync() > 12, "the wards and the incidents are drawn");
        await Assertions.Expect(page.Locator(".map-legend .legend-item").First).ToBeVisibleAsync();
        if (BrowserApp.ScreenshotFolder is { } folder) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "briefing.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Raise a task" }).ClickAsync();
        await page.GetByLabel("What is to be done").FillAsync("Joint patrol of the hot spot in Northfleet");
        await page.GetByLabel("Given to agency").SelectOptionAsync(new SelectOptionValue { Label = "Police" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise the task" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Open");
        await Assertions.Expect(page.Locator("#task-owner")).ToHaveTextAsync("Police");
        await Assertions.Expect(page.Locator("#task-history li")).ToHaveCountAsync(1);
        if (BrowserApp.ScreenshotFolder is { } shots) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "briefing-task.png"), FullPage = true });

        await page.GotoAsync($"/briefing?area=E07000109&since={yesterday}T08:00&until={yesterday}T23:59");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record this briefing as held" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Recorded as held");
    }
}
