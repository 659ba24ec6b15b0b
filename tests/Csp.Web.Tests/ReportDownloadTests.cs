using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Csp.Testing;
using Csp.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;

namespace Csp.Web.Tests;

/// <summary>
/// Report downloads from the web app on the bundled sample: each report in each format, with the figures of the API,
/// public for every role and restricted only for the roles that may read small numbers, and every download in the audit log.
/// </summary>
public sealed class ReportDownloadTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private const string Query = "area=E07000109&period=2025-01..2025-09&baseline=2022-01..2022-09";
    private readonly CspAppFactory _app = sample.App;

    private static string N(long v) => v.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    [Fact]
    public async Task The_committee_report_as_a_web_page_holds_the_figures_of_the_API_under_its_own_strict_rules()
    {
        var analyst = await _app.SignedInAsync(TestUsers.For(Security.Roles.Analyst));
        var api = JsonNode.Parse(await analyst.GetStringAsync("/api/assessment?" + Query))!;
        var total = api["rows"]!.AsArray().Single(r => (string)r!["category"]! == "Total crime")!;

        var response = await analyst.GetAsync("/reports/committee?format=html&" + Query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        // No script may run in it; its inline styles may.
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches($"<th scope=\"row\">Gravesham</th><td class=\"num\">{N((long)total["baselineCount"]!)}</td><td class=\"num\">{N((long)total["count"]!)}</td>", html);
        Assert.Contains("Classification: Part 1 - Public", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf", "application/pdf", "%PDF")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK")]
    public async Task Each_format_downloads_as_a_named_file(string format, string contentType, string magic)
    {
        var partner = await _app.SignedInAsync(TestUsers.For(Security.Roles.PartnerOfficer));
        var response = await partner.GetAsync($"/reports/assessment?format={format}&" + Query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"strategic-assessment-gravesham-2025-01-2025-09.{format}", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(magic, System.Text.Encoding.ASCII.GetString(bytes, 0, magic.Length));
        if (format == "docx")
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            // Every chart and map is a picture drawn by Chromium.
            Assert.True(doc.MainDocumentPart!.ImageParts.Count() > 20);
        }
    }

    [Fact]
    public async Task A_member_may_download_public_reports_only_and_a_partner_officer_restricted_ones_too()
    {
        var member = await _app.SignedInAsync(TestUsers.For(Security.Roles.Member));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/reports/committee?format=html&" + Query)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/reports/committee?format=html&classification=restricted&" + Query)).StatusCode);

        var partner = await _app.SignedInAsync(TestUsers.For(Security.Roles.PartnerOfficer));
        var restricted = await partner.GetAsync("/reports/committee?format=html&classification=restricted&" + Query);
        Assert.Equal(HttpStatusCode.OK, restricted.StatusCode);
        Assert.Contains("Part 2 - Restricted", await restricted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_offers_each_report_in_each_format_for_the_area_and_period_shown()
    {
        var member = await _app.SignedInAsync(TestUsers.For(Security.Roles.Member));
        var page = await member.GetStringAsync("/?area=E07000109&kind=range&pfrom=2025-01&pto=2025-09&bfrom=2022-01&bto=2022-09");
        var links = Regex.Matches(page, "href=\"(/reports/[^\"]+)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        // Two reports, four formats, public only for a member.
        Assert.Equal(8, links.Count);
        Assert.All(links, l => Assert.Contains("area=E07000109&period=2025-01..2025-09&baseline=2022-01..2022-09", l, StringComparison.Ordinal));
        Assert.DoesNotContain(links, l => l.Contains("restricted", StringComparison.Ordinal));
        foreach (var link in links.Where(l => l.Contains("format=html", StringComparison.Ordinal) || l.Contains("format=xlsx", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task Every_download_is_in_the_audit_log_with_who_and_what()
    {
        var analyst = await _app.SignedInAsync(TestUsers.For(Security.Roles.Analyst));
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/reports/assessment?format=xlsx&" + Query)).StatusCode);
        var admin = await _app.SignedInAsync(TestUsers.For(Security.Roles.Administrator));
        var audit = await admin.GetStringAsync("/audit");
        Assert.Contains("Downloaded a report", audit, StringComparison.Ordinal);
        Assert.Contains("assessment report, Gravesham (E07000109), Jan-Sept 25 against Jan-Sept 22", System.Net.WebUtility.HtmlDecode(audit), StringComparison.Ordinal);
        Assert.Contains("XLSX, Part 1 - Public", System.Net.WebUtility.HtmlDecode(audit), StringComparison.Ordinal);
        Assert.Contains(TestUsers.For(Security.Roles.Analyst), audit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/strategy?format=pdf&" + Query, HttpStatusCode.NotFound)]
    [InlineData("/reports/committee?format=rtf&" + Query, HttpStatusCode.BadRequest)]
    [InlineData("/reports/committee?format=html&classification=secret&" + Query, HttpStatusCode.BadRequest)]
    [InlineData("/reports/committee?format=html&area=Nowhere&period=2025-01..2025-09&baseline=2022-01..2022-09", HttpStatusCode.NotFound)]
    [InlineData("/reports/committee?format=html&area=E07000109&yearEnding=2025-09", HttpStatusCode.UnprocessableEntity)]
    public async Task A_request_that_cannot_be_answered_gets_a_problem_saying_why(string path, HttpStatusCode status)
    {
        var analyst = await _app.SignedInAsync(TestUsers.For(Security.Roles.Analyst));
        var response = await analyst.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
