using Csp.Storage;
using Csp.Testing;
using Csp.Web.Hosting;
using Csp.Web.Tests.Browser;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Csp.Web.Tests.Cases;

/// <summary>
/// The "done means" path in Chromium, on the real app over an empty SQLite file: a CSU officer opens a case, adds
/// the victim, records an incident, completes a risk assessment that scores high, and sees the case flagged high risk
/// with the Vulnerability Panel referral due, and listed under high risk.
/// </summary>
public sealed class CaseBrowserTests : IAsyncLifetime
{
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), "csp-web-tests", $"cases-{Guid.NewGuid():N}.sqlite");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        _app = CspWebApp.Create(["--urls", "http://127.0.0.1:0"], o =>
        {
            o.Database = file;
            o.Home = Repository.Root;
            o.AdminPassword = TestUsers.AdminPassword;
            o.SignInPermitsPerMinute = 100_000;
        }, TextWriter.Null);
        await _app.StartAsync();
        _baseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var council = await scope.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext().Agencies.FirstAsync(a => a.Kind == "Council");
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateUserAsync("c.officer", "Casey Officer", council.Id, [Roles.CaseOfficer], TestUsers.Password, CancellationToken.None);
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserApp.Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        if (BrowserApp.ScreenshotFolder is { } folder) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task A_csu_officer_opens_a_case_adds_the_victim_and_an_incident_and_a_risk_assessment_flags_it_high_risk()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = _baseUrl, ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in?ReturnUrl=%2Fcases%2Fnew");
        await page.GetByLabel("User name").FillAsync("c.officer");
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Open an ASB case");
        await page.GetByLabel("Type of case").SelectOptionAsync("Noise");
        await page.GetByLabel("Location (address or place)").FillAsync("12 Example Road, Gravesend");
        await page.GetByLabel("Police").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(": Noise");
        await Assertions.Expect(page.Locator("#risk-level")).ToHaveTextAsync("Not assessed");
        await page.GetByLabel("Role").SelectOptionAsync("Victim");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Vera Victim");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the person" }).ClickAsync();
        await Assertions.Expect(page.Locator("#people-table")).ToContainTextAsync("Vera Victim");

        await page.GetByText("Record an incident").ClickAsync();
        var yesterday = DateTime.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator("#occurredOn").FillAsync(yesterday);
        await page.GetByLabel("What happened").FillAsync("Loud music and threats through the wall until 3am");
        await page.GetByLabel("Reported by").SelectOptionAsync(new SelectOptionValue { Label = "Vera Victim (Victim)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the incident" }).ClickAsync();
        await Assertions.Expect(page.Locator("#incident-table tbody tr")).ToHaveCountAsync(1);

        // 4 + 4 + 4 + 3 + 4 + 3 = 22 of 45 in the example matrix: high risk by the score alone.
        foreach (var (question, answer) in new[] { ("Q1", "4 times or more"), ("Q2", "Yes"), ("Q4", "Severely"), ("Q5", "Yes"), ("Q7", "Yes"), ("Q9", "Threatened") })
        {
            await page.Locator($"#answer-{question}").SelectOptionAsync(answer);
        }
        foreach (var question in new[] { "Q3", "Q6", "Q8", "Q10", "Q11", "Q12" }) await page.Locator($"#answer-{question}").SelectOptionAsync("No");
        await page.GetByRole(AriaRole.Button, new() { Name = "Score the assessment" }).ClickAsync();

        await Assertions.Expect(page.Locator("#risk-level")).ToHaveTextAsync("High risk");
        await Assertions.Expect(page.Locator("#high-risk-flag")).ToContainTextAsync("Refer to the Vulnerability Panel by ");
        await Assertions.Expect(page.Locator("#risk-result")).ToContainTextAsync("The score is 22 of 45: high (22 or more).");
        await Assertions.Expect(page.Locator("#task-table")).ToContainTextAsync("Refer to the Vulnerability Panel");
        await ShotAsync(page, "cases-1-high-risk-case");
        var reference = (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync())!.Split(':')[0];

        await page.GetByRole(AriaRole.Link, new() { Name = "ASB cases" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "High risk" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-list tbody")).ToContainTextAsync(reference);
        await Assertions.Expect(page.Locator("#case-list tbody")).ToContainTextAsync("High (22)");
        await ShotAsync(page, "cases-2-high-risk-list");
    }
}
