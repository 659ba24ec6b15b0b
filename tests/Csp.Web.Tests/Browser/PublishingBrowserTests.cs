using Csp.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Csp.Web.Tests.Browser;

/// <summary>In Chromium: an analyst publishes the performance report and the Case Review statistics from /publishing, and a resident, not signed in, finds both on /public.</summary>
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
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await resident.GotoAsync("/public");
        await Assertions.Expect(resident.GetByRole(AriaRole.Link, new() { Name = "ASB Case Reviews 2024/25" })).ToHaveCountAsync(0);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
