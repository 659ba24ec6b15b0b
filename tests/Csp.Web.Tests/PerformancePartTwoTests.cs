using System.Net;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;

namespace Csp.Web.Tests;

/// <summary>
/// Over HTTP on the sample: the performance page shows the area's Most Similar Group positions (1 = lowest rate) to every
/// role; the restricted (Part 2) quarterly report is offered and given only to the roles that may see small numbers
/// (<see cref="Roles.SeeSmallNumbers"/>), 403 for a member, audited with its classification when downloaded; the public
/// (Part 1) report stays the default for everyone.
/// </summary>
public sealed class PerformancePartTwoTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private const string Page = "/performance?area=E22000352&quarter=2025-Q2";
    private const string Restricted = "/performance/report?area=E22000352&quarter=2025-Q2&format=html&classification=restricted";
    private readonly CspAppFactory _app = sample.App;

    [Theory]
    [InlineData(Roles.Member, false)]
    [InlineData(Roles.Analyst, true)]
    [InlineData(Roles.PartnerOfficer, true)]
    [InlineData(Roles.CaseOfficer, true)]
    [InlineData(Roles.Administrator, true)]
    public async Task The_restricted_report_is_offered_and_given_only_to_the_roles_that_may_see_small_numbers(string role, bool entitled)
    {
        var user = await _app.SignedInAsync(TestUsers.For(role));

        var page = await user.GetStringAsync(Page);
        var restricted = await user.GetAsync(Restricted);
        var part1 = await user.GetAsync("/performance/report?area=E22000352&quarter=2025-Q2&format=html");

        Assert.Equal(entitled, page.Contains("id=\"restricted-report-links\"", StringComparison.Ordinal));
        Assert.Equal(entitled, page.Contains("classification=restricted", StringComparison.Ordinal));
        Assert.Equal(entitled ? HttpStatusCode.OK : HttpStatusCode.Forbidden, restricted.StatusCode);
        var body = WebUtility.HtmlDecode(await restricted.Content.ReadAsStringAsync());
        if (entitled) Assert.Contains("Part 2 - Restricted: not for publication", body, StringComparison.Ordinal);
        else Assert.DoesNotContain("Community Safety Partnership performance", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, part1.StatusCode);
        var public1 = WebUtility.HtmlDecode(await part1.Content.ReadAsStringAsync());
        Assert.Contains("Part 1 - Public", public1, StringComparison.Ordinal);
        Assert.DoesNotContain("Part 2 - Restricted", public1, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restricted_download_is_audited_with_its_classification_and_a_strange_classification_is_refused()
    {
        var analyst = await _app.SignedInAsync(TestUsers.For(Roles.Analyst));
        var admin = await _app.SignedInAsync(TestUsers.For(Roles.Administrator));

        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync(Restricted.Replace("format=html", "format=docx", StringComparison.Ordinal))).StatusCode);
        var odd = await analyst.GetAsync("/performance/report?area=E22000352&quarter=2025-Q2&format=html&classification=secret");

        Assert.Equal(HttpStatusCode.BadRequest, odd.StatusCode);
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/audit?action=report-download"));
        Assert.Contains("DOCX, 2025-04..2025-06, Part 2 - Restricted: not for publication", audit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Member)]
    [InlineData(Roles.Analyst)]
    public async Task Every_role_reads_the_most_similar_group_positions_with_the_direction_stated(string role)
    {
        var user = await _app.SignedInAsync(TestUsers.For(role));

        var page = WebUtility.HtmlDecode(await user.GetStringAsync(Page));

        Assert.Contains("id=\"most-similar-group\"", page, StringComparison.Ordinal);
        Assert.Contains("Position (1 = lowest rate)", page, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""row"">Anti-social behaviour</th>\s*<td>\d+\.\d\d</td>\s*<td>\d+(st|nd|rd|th) of \d+</td>", page);
    }
}
