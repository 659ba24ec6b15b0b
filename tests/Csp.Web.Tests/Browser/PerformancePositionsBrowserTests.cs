using Csp.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Csp.Web.Tests.Browser;

/// <summary>
/// In Chromium, signed in as an analyst and as a member: the Most Similar Group positions under the performance table, the
/// demonstration rows labelled in the row, and the restricted (Part 2) report offered to the analyst only.
/// </summary>
public sealed class PerformancePositionsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("t.analyst", true)]
    [InlineData("t.member", false)]
    public async Task The_page_shows_the_positions_and_the_labels_and_offers_part_2_to_the_entitled_only(string user, bool entitled)
    {
        var page = await app.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Response += (_, r) => { if (r.Status == 404) errors.Add("404: " + r.Url); };
        await page.GotoAsync("/account/sign-in?ReturnUrl=%2Fperformance");
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GotoAsync("/performance?area=E22000352&quarter=2025-Q2");

        await Assertions.Expect(page.Locator("#most-similar-group caption")).ToContainTextAsync("1 = lowest rate");
        await Assertions.Expect(page.Locator("#most-similar-group tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#performance-table tbody tr").Filter(new() { HasText = "Deliberate fires" }).Locator("th .demo-label"))
            .ToHaveTextAsync("(EXAMPLE figures, not published)");
        await Assertions.Expect(page.Locator("#restricted-report-links")).ToHaveCountAsync(entitled ? 1 : 0);
        if (BrowserApp.ScreenshotFolder is { } folder) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"performance-{user}.png"), FullPage = true });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
