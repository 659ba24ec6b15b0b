using System.Net;
using System.Text.RegularExpressions;
using Csp.Web.Tests.Infrastructure;

namespace Csp.Web.Tests;

/// <summary>
/// The briefing page, its printout and tasking by role, on the sample with its demonstration incidents: who sees victim
/// keys, that the demonstration label shows, that forms need their anti-forgery token, and that a task raised for an
/// agency reaches that agency's officers and their next briefing.
/// </summary>
public sealed partial class BriefingPageTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private readonly CspAppFactory _app = sample.App;

    // A window over the last week before today: the demonstration set is moved to end yesterday, so it always holds repeats.
    private static readonly string Week = $"since={DateTime.Today.AddDays(-7):yyyy-MM-dd}T00:00&until={DateTime.Today.AddDays(-1):yyyy-MM-dd}T23:59";

    [Fact]
    public async Task An_analyst_sees_repeat_victims_keys_and_a_partner_officer_only_their_count()
    {
        var analyst = await _app.SignedInAsync("t.analyst");
        var partner = await _app.SignedInAsync("t.partner");

        var forAnalyst = await analyst.GetStringAsync("/briefing?area=E07000109&" + Week);
        var forPartner = await partner.GetStringAsync("/briefing?area=E07000109&" + Week);

        Assert.Contains("id=\"repeat-victims-table\"", forAnalyst, StringComparison.Ordinal);
        Assert.Matches(DemoVictimKey(), forAnalyst);
        Assert.Contains("id=\"repeat-victims-count\"", forPartner, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"repeat-victims-table\"", forPartner, StringComparison.Ordinal);
        Assert.DoesNotMatch(DemoVictimKey(), forPartner);
        foreach (var page in new[] { forAnalyst, forPartner })
        {
            Assert.Contains("id=\"demo-label\"", page, StringComparison.Ordinal);
            Assert.Contains("Demonstration data", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_member_may_not_open_the_briefing_its_printout_or_the_tasks()
    {
        var member = await _app.SignedInAsync("t.member");
        foreach (var path in new[] { "/briefing", "/briefing/print?area=E07000109&format=html", "/briefing/tasks" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task The_printout_is_labelled_as_demonstration_data_and_never_carries_victim_keys()
    {
        var analyst = await _app.SignedInAsync("t.analyst");
        var response = await analyst.GetAsync("/briefing/print?area=E07000109&format=html&" + Week);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Daily briefing: Gravesham", html, StringComparison.Ordinal);
        Assert.Contains("Demonstration data", html, StringComparison.Ordinal);
        Assert.Contains("Part 2 - Restricted", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(DemoVictimKey(), html);
    }

    [Fact]
    public async Task The_pdf_printout_is_one_page()
    {
        var analyst = await _app.SignedInAsync("t.analyst");
        var response = await analyst.GetAsync("/briefing/print?area=E07000109&format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF", text, StringComparison.Ordinal);
        Assert.Single(PdfPage().Matches(text));
    }

    [Fact]
    public async Task A_task_raised_for_an_agency_reaches_its_officers_and_their_next_briefing_and_the_form_needs_its_token()
    {
        var analyst = await _app.SignedInAsync("t.analyst");
        var partner = await _app.SignedInAsync("t.partner"); // Police
        var due = DateTime.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var form = new Dictionary<string, string> { ["what"] = "Test purchase at the off-licence", ["where"] = "Parrock Street", ["due"] = due, ["ownerAgency"] = "Police" };

        var forged = await analyst.PostAsync("/briefing/tasks", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        form["__RequestVerificationToken"] = await CspAppFactory.FormTokenAsync(analyst, "/briefing/tasks");
        var raised = await analyst.PostAsync("/briefing/tasks", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var location = raised.Headers.Location!.OriginalString;
        Assert.Matches(TaskAddress(), location);

        Assert.Contains("Test purchase at the off-licence", await partner.GetStringAsync("/briefing/tasks"), StringComparison.Ordinal);
        var briefing = await partner.GetStringAsync("/briefing?area=E07000109");
        Assert.Contains("id=\"tasks-due-table\"", briefing, StringComparison.Ordinal);
        Assert.Contains("Test purchase at the off-licence", briefing, StringComparison.Ordinal);
        // The partner cannot close it: the analyst's agency raised it and keeps ownership.
        var task = await partner.GetStringAsync(location);
        Assert.Contains("id=\"close-note\"", task, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"close-form\"", task, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"DEMO-[CV]-\d+-\d+")]
    private static partial Regex DemoVictimKey();

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();

    [GeneratedRegex(@"^/briefing/tasks/T-\d{4}-\d{4}$")]
    private static partial Regex TaskAddress();
}
