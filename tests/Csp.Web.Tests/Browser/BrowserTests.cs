using System.Text.RegularExpressions;
using Csp.Testing;
using Csp.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Csp.Web.Tests.Browser;

/// <summary>A person's way through the app in Chromium: sign in, read the dashboard, change the area, download a report, upload a file.</summary>
public sealed partial class BrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    internal static async Task SignInAsync(IPage page, string userName, string password = TestUsers.Password)
    {
        await page.GotoAsync("/");
        Assert.EndsWith("/account/sign-in?ReturnUrl=%2F", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        if (BrowserApp.ScreenshotFolder is { } folder) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task An_analyst_signs_in_reads_the_dashboard_with_charts_and_map_and_changes_the_area()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await ShotAsync(page, "1-sign-in");
        await SignInAsync(page, "t.analyst");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(" against ");
        await Assertions.Expect(page.Locator("#assessment-table tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#map path.leaflet-interactive").First).ToBeAttachedAsync();
        Assert.True(await page.Locator("#trend-chart").EvaluateAsync<bool>("c => Chart.getChart(c) !== undefined"));
        Assert.True(await page.Locator("#rank-chart").EvaluateAsync<int>("c => Chart.getChart(c).data.labels.length") >= 10);
        await ShotAsync(page, "2-dashboard");

        await page.GetByLabel("Area", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Gravesham" });
        await page.GetByLabel("Period", new() { Exact = true }).SelectOptionAsync("range");
        await page.Locator("#pfrom").FillAsync("2025-01");
        await page.Locator("#pto").FillAsync("2025-09");
        await page.Locator("#bfrom").FillAsync("2022-01");
        await page.Locator("#bto").FillAsync("2022-09");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gravesham: Jan-Sept 25 against Jan-Sept 22");
        await Assertions.Expect(page.Locator("#total-count")).ToHaveTextAsync("6,643");
        await Assertions.Expect(page.Locator("#map path.leaflet-interactive")).Not.ToHaveCountAsync(0);
        await page.GetByLabel("Category shown in the charts and map").SelectOptionAsync("Violent crime");
        await Assertions.Expect(page.Locator(".legend-title")).ToHaveTextAsync("Violent crime per 1,000 residents:");
        await ShotAsync(page, "3-dashboard-gravesham");

        // Download the committee report as Word for the area and period on screen.
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Report to the Crime and Disorder Scrutiny Committee, public, Word" }).ClickAsync());
        Assert.Equal("committee-report-gravesham-2025-01-2025-09.docx", download.SuggestedFilename);
        var file = await download.PathAsync();
        Assert.True(new FileInfo(file).Length > 50_000, "the Word report holds its charts and map as pictures");
    }

    [Fact]
    public async Task An_analyst_uploads_a_police_file_sees_its_progress_and_reads_the_report()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "t.analyst");
        await page.GetByRole(AriaRole.Link, new() { Name = "Imports" }).ClickAsync();
        await ShotAsync(page, "4-imports");
        var file = Path.Combine(Path.GetTempPath(), $"browser-upload-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, string.Join("\n",
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context",
            "b1,2023-06,Browser Constabulary,Browser Constabulary,0.37,51.44,On or near Test Road,E01999992,Test 002A,Burglary,Under investigation,",
            "b2,2023-06,Browser Constabulary,Browser Constabulary,0.37,51.44,On or near Test Road,not-a-code,Test 002A,Burglary,Under investigation,") + "\n");

        await page.GetByLabel("What the files are").SelectOptionAsync("police-uk");
        await page.GetByLabel("Files", new() { Exact = true }).SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();

        await page.WaitForURLAsync(ReportAddress());
        await Assertions.Expect(page.Locator("#import-summary")).ToContainTextAsync("1 added");
        await Assertions.Expect(page.Locator("#issues-table")).ToContainTextAsync("is not an ONS LSOA code");
        await ShotAsync(page, "5-import-report");
        await page.GetByRole(AriaRole.Link, new() { Name = "All imports" }).ClickAsync();
        await Assertions.Expect(page.Locator("#imports-table")).ToContainTextAsync(Path.GetFileName(file));
    }

    [Fact]
    public async Task A_member_sees_the_dashboard_only_and_the_keyboard_reaches_the_skip_link_first()
    {
        var page = await app.NewPageAsync(width: 820, height: 1180);
        await SignInAsync(page, "t.member");
        await Assertions.Expect(page.Locator("#assessment-table")).ToBeVisibleAsync();

        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Imports" }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).CountAsync());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await ShotAsync(page, "6-dashboard-tablet");
        var response = await page.GotoAsync("/imports");
        Assert.Equal(403, response!.Status);
    }

    [Fact]
    public async Task An_administrator_reads_the_users_and_the_audit_log()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "admin", TestUsers.AdminPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.data").First).ToContainTextAsync("t.analyst");
        await ShotAsync(page, "7-users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.data")).ToContainTextAsync("Signed in");
        await ShotAsync(page, "8-audit");
    }

    [GeneratedRegex("/imports/[0-9]+$")]
    private static partial Regex ReportAddress();
}
