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
/// The issue's "done means" path in Chromium, on the real app over an empty SQLite file: a CSU officer opens a case, adds
/// the victim, records an incident, completes a risk assessment that scores high, and sees the case flagged high risk
/// with the Vulnerability Panel referral due, and listed under high risk; refers the victim to the panel from that task
/// (which completes it), schedules a panel meeting, puts the case on its agenda and records an action for the police and
/// the outcome (which show on the case's timeline); records a CPW then a CPN on the perpetrator; and records the victim's
/// ASB Case Review application, whose threshold check and due dates show on the page.
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
    public async Task A_csu_officer_opens_a_case_flags_it_high_risk_refers_it_to_the_panel_records_a_cpw_then_a_cpn_and_a_case_review_application()
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
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();

        // The high-risk task links to the referral form; the referral completes it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Make the referral" }).ClickAsync();
        await Assertions.Expect(page.Locator("#referral-task")).ToContainTextAsync("making the referral completes it");
        await Assertions.Expect(page.GetByLabel("Who is referred")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^[0-9]+$"));
        await page.GetByLabel("Reason for the referral").FillAsync("Isolated, afraid to leave home after threats through the wall");
        await ShotAsync(page, "cases-3-referral-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Refer to the panel" }).ClickAsync();
        await Assertions.Expect(page.Locator("#panel-referrals")).ToContainTextAsync("Vera Victim (victim)");
        await Assertions.Expect(page.Locator("#panel-referrals")).ToContainTextAsync("Referred, awaiting a meeting");
        await Assertions.Expect(page.Locator("#task-table")).ToContainTextAsync("Referred to the Vulnerability Panel: VP-");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Make the referral" })).ToHaveCountAsync(0);

        // The panel: schedule today's meeting, put the referral on its agenda, give the police an action, record the outcome.
        await page.GetByRole(AriaRole.Link, new() { Name = "Vulnerability Panel", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#awaiting-table")).ToContainTextAsync(reference);
        await page.GetByLabel("Chair").FillAsync("Chris Chair");
        await page.Locator("#schedule-form").GetByLabel("Police").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the agenda" }).ClickAsync();
        var item = page.Locator(".agenda-item");
        await Assertions.Expect(item).ToContainTextAsync("Vera Victim, victim");
        await item.Locator("select[name=ownerAgencyId]").SelectOptionAsync(new SelectOptionValue { Label = "Police" });
        await item.Locator("input[name=action]").FillAsync("Evening patrols for four weeks");
        var due = DateTime.Today.AddDays(28);
        await item.Locator("input[name=dueOn]").FillAsync(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await item.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
        await item.Locator("textarea[name=decisions]").FillAsync("Support plan agreed; weekly welfare calls");
        await item.Locator("select[name=outcome]").SelectOptionAsync("Support in place: closed to the panel");
        await item.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Assertions.Expect(item.Locator(".outcome")).ToHaveTextAsync("Outcome: Support in place: closed to the panel (referral closed)");
        await Assertions.Expect(item.Locator("table.panel-actions")).ToContainTextAsync("Evening patrols for four weeks");
        await ShotAsync(page, "cases-4-panel-meeting");
        await item.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        var gb = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        await Assertions.Expect(page.Locator("#timeline-table")).ToContainTextAsync($"Police: Evening patrols for four weeks (due {due.ToString("d MMM yyyy", gb)})");
        await Assertions.Expect(page.Locator("#panel-referrals")).ToContainTextAsync("Closed: Support in place: closed to the panel");

        // A CPW to the perpetrator whose time to comply ran out on 29 October 2025, then a CPN on 3 November (s.43(5)).
        await page.GetByText("Add a person").ClickAsync();
        await page.GetByLabel("Role").SelectOptionAsync("Perpetrator");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Perry Perpetrator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the person" }).ClickAsync();
        foreach (var (type, issued, complyBy) in new[] { ("CommunityProtectionWarning", "2025-10-01", "2025-10-29"), ("CommunityProtectionNotice", "2025-11-03", "") })
        {
            await page.GetByText("Record an intervention").ClickAsync();
            await page.Locator("#type").SelectOptionAsync(type);
            await page.Locator("#iv-person").SelectOptionAsync(new SelectOptionValue { Label = "Perry Perpetrator (Perpetrator)" });
            await page.Locator("#issuedOn").FillAsync(issued);
            await page.Locator("#conditions").FillAsync("No amplified music audible outside the flat");
            if (complyBy.Length > 0) await page.Locator("#complyBy").FillAsync(complyBy);
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the intervention" }).ClickAsync();
        }
        await Assertions.Expect(page.Locator("#intervention-table tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#intervention-table tbody tr").Nth(0)).ToContainTextAsync("(CPW)");
        await Assertions.Expect(page.Locator("#intervention-table tbody tr").Nth(1)).ToContainTextAsync("(CPN)");
        await Assertions.Expect(page.Locator("#intervention-table tbody tr").Nth(1)).ToContainTextAsync("Perry Perpetrator");

        // The victim's ASB Case Review application, received Thursday 18 December 2025: three complaints qualify, one was
        // made two months after the behaviour; acknowledgement by Monday 29 December and the decision by Tuesday 6 January
        // 2026 (5 and 10 working days; 25 and 26 December are bank holidays).
        await page.GetByText("Record a Case Review application").ClickAsync();
        await page.Locator("#receivedOn").FillAsync("2025-12-18");
        await page.Locator("#applicantId").SelectOptionAsync(new SelectOptionValue { Label = "Vera Victim (Victim)" });
        await page.Locator("#complaints").FillAsync("2025-09-01,2025-08-20,Council\n2025-10-02,2025-09-30,Police\n2025-11-15,2025-11-14,Council\n2025-11-20,2025-09-10,Police");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record and check the threshold" }).ClickAsync();
        var review = page.Locator(".case-review");
        await Assertions.Expect(review).ToContainTextAsync("The threshold is met: 3 of 4 complaints qualify; 3 are needed.");
        await Assertions.Expect(review.Locator("table").First.Locator("tbody tr td:nth-child(4)")).ToHaveTextAsync(["Yes", "Yes", "Yes", "No"]);
        await Assertions.Expect(review).ToContainTextAsync("Mon 29 Dec 2025");
        await Assertions.Expect(review).ToContainTextAsync("Tue 6 Jan 2026");
        await ShotAsync(page, "cases-5-interventions-and-review");
    }
}
