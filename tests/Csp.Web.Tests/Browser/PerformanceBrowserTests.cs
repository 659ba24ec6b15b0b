using Csp.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Csp.Web.Tests.Browser;

/// <summary>In Chromium: the partnership's performance table with RAG status, and a partner officer's return entered on the form appearing in it.</summary>
public sealed class PerformanceBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_council_partner_officer_enters_a_return_in_the_browser_and_it_appears_in_the_performance_table()
    {
        var page = await app.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Response += (_, r) => { if (r.Status == 404) errors.Add("404: " + r.Url); };
        await page.GotoAsync("/account/sign-in?ReturnUrl=%2Fperformance");
        await page.GetByLabel("User name").FillAsync("t.partner");
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GotoAsync("/performance?area=E22000352&quarter=2025-Q2");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Performance: Dartford and Gravesham");
        await Assertions.Expect(page.Locator("#performance-table tbody tr").Filter(new() { HasText = "Deliberate fires" }).Locator(".rag")).ToHaveTextAsync("Amber");
        await Assertions.Expect(page.Locator("#example-data")).ToBeVisibleAsync();
        if (BrowserApp.ScreenshotFolder is { } folder) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "performance.png"), FullPage = true });

        // The browser app's users are of the council (Community Safety Unit): the form offers the council's measures only.
        await page.GetByRole(AriaRole.Link, new() { Name = "Enter a return" }).ClickAsync();
        await Assertions.Expect(page.Locator("#measure option")).ToHaveCountAsync(2);
        await page.GetByLabel("Measure").SelectOptionAsync(new SelectOptionValue { Value = "Noise complaints to Environmental Health" });
        await page.GetByLabel("Area").FillAsync("Gravesham");
        await page.GetByLabel("Quarter").FillAsync("2026-Q2");
        await page.GetByLabel("Figure (u/a or empty when not available)").FillAsync("44");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep the figure" }).ClickAsync();
        await Assertions.Expect(page.Locator("#return-kept")).ToContainTextAsync("Noise complaints to Environmental Health");
        if (BrowserApp.ScreenshotFolder is { } shots) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "performance-return.png"), FullPage = true });

        await page.GotoAsync("/performance?area=E07000109&quarter=2026-Q2");
        await Assertions.Expect(page.Locator("#performance-table tbody tr").Filter(new() { HasText = "Noise complaints to Environmental Health" }).Locator("td").Nth(1)).ToHaveTextAsync("44");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
