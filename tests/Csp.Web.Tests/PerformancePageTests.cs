using System.Net;
using Csp.Web.Tests.Infrastructure;

namespace Csp.Web.Tests;

/// <summary>
/// The performance page and the return form on the sample (with its partner returns): the table with RAG status, a
/// partner officer's return for their agency's measures only, audited, and the figure in the table and the report.
/// </summary>
public sealed class PerformancePageTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private readonly CspAppFactory _app = sample.App;

    [Fact]
    public async Task A_member_reads_the_partnership_table_with_rag_status_and_the_data_lag()
    {
        var member = await _app.SignedInAsync("t.member");

        var page = await member.GetStringAsync("/performance?area=E22000352&quarter=2025-Q2");

        Assert.Contains("id=\"performance-table\"", page, StringComparison.Ordinal);
        // Deliberate fires, April-May 2025 against April-May 2024 (June not returned): 51 against 53, amber (data/sample/returns).
        Assert.Matches(@"Deliberate fires<span class=""demo-label""> \(EXAMPLE figures, not published\)</span></th>\s*<td>53</td>\s*<td>51</td>\s*<td>-2</td>\s*<td>-3.8%</td>\s*<td>reduce by 5%</td>\s*<td><span class=""rag rag-amber"">Amber</span></td>\s*<td class=""lag"">31 May 2025 \(data lag\)</td>", page);
        Assert.Contains("id=\"example-data\"", page, StringComparison.Ordinal);
        Assert.Contains("/performance/report?area=E22000352&amp;quarter=2025-Q2&amp;format=pdf", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/performance/returns")).StatusCode);
    }

    [Fact]
    public async Task A_partner_officer_returns_their_agencys_measure_it_is_audited_and_appears_in_the_table_and_the_report()
    {
        var partner = await _app.SignedInAsync("t.partner"); // Police
        var admin = await _app.SignedInAsync("t.admin");

        var form = await partner.GetStringAsync("/performance/returns");
        Assert.Contains("Domestic abuse repeat victims (%)", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Deliberate fires", form, StringComparison.Ordinal);

        var token = await CspAppFactory.FormTokenAsync(partner, "/performance/returns");
        var refused = await partner.PostAsync("/performance/returns", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["measure"] = "Deliberate fires", ["area"] = "Gravesham", ["quarter"] = "2026-Q1", ["value"] = "3",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var kept = await partner.PostAsync("/performance/returns", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["measure"] = "Domestic abuse repeat victims (%)", ["area"] = "Gravesham", ["quarter"] = "2026-Q1", ["value"] = "27.5",
        }));
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Contains("id=\"return-kept\"", await kept.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var table = await partner.GetStringAsync("/performance?area=E07000109&quarter=2026-Q1");
        Assert.Matches(@"Domestic abuse repeat victims \(%\)</th>\s*<td>u/a</td>\s*<td>27.5%</td>", table);
        var report = await partner.GetStringAsync("/performance/report?area=E07000109&quarter=2026-Q1&format=html");
        Assert.Contains("27.5%", report, StringComparison.Ordinal);
        var audit = await admin.GetStringAsync("/audit?action=return-submitted");
        Assert.Contains("t.partner", audit, StringComparison.Ordinal);
        Assert.Contains("27.5", audit, StringComparison.Ordinal);
        Assert.Contains("t.partner", await admin.GetStringAsync("/audit?action=return-refused"), StringComparison.Ordinal);
    }
}
