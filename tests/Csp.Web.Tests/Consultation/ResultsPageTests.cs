using System.Net;
using System.Text.RegularExpressions;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests.Consultation;

/// <summary>
/// The analyst's results page over the loaded sample (seed 001's survey, reconstructed): the report downloads (audited),
/// the comments of a free-text question read (audited) and one moved to no theme, after which the page's and the
/// report's theme counts follow; a member may not reach the results.
/// </summary>
public sealed partial class ResultsPageTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new KeyValuePair<string, string>("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    private static int ThemeCount(string html, string theme) =>
        int.Parse(Regex.Match(html, "<th scope=\"row\">" + Regex.Escape(WebUtility.HtmlEncode(theme)) + "</th><td class=\"num\">([0-9,]+)</td>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_analyst_downloads_the_report_and_moves_a_comment_and_the_counts_follow()
    {
        var analyst = await sample.App.SignedInAsync(TestUsers.For(Roles.Analyst));
        var page = await analyst.GetStringAsync("/consultation/dg-csp-2013");
        Assert.Contains("href=\"/consultation/dg-csp-2013?handler=report&amp;format=docx\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"reassign\"", page, StringComparison.Ordinal);

        using var xlsx = await analyst.GetAsync("/consultation/dg-csp-2013?handler=report&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("consultation-results-dg-csp-2013.xlsx", xlsx.Content.Headers.ContentDisposition!.FileName);
        var html = await analyst.GetStringAsync("/consultation/dg-csp-2013?handler=report&format=html");
        Assert.Contains("390 (86.9%)", html, StringComparison.Ordinal);
        var before = ThemeCount(html, "More visible policing");

        var comments = await analyst.GetStringAsync("/consultation/dg-csp-2013?comments=other-priorities");
        var row = Regex.Match(comments, "<tr id=\"c-([^\"]+)\"[^>]*>\\s*<td>[^<]*</td>\\s*<td>\\s*<form[^>]*>.*?value=\"More visible policing\"", RegexOptions.Singleline);
        Assert.True(row.Success);
        var response = row.Groups[1].Value;
        var token = await CspAppFactory.FormTokenAsync(analyst, "/consultation/dg-csp-2013?comments=other-priorities");
        var moved = await analyst.PostAsync("/consultation/dg-csp-2013?handler=reassign", Form(token, ("question", "other-priorities"), ("response", response), ("themes", "")));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var missing = await analyst.PostAsync("/consultation/dg-csp-2013?handler=reassign", Form(token, ("question", "agree"), ("response", response), ("themes", "")));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var after = await analyst.GetStringAsync(moved.Headers.Location!.OriginalString);
        Assert.Equal(ThemeCount(page, "More visible policing") - 1, ThemeCount(after, "More visible policing"));
        Assert.Contains("moved by an analyst", after, StringComparison.Ordinal);
        var report = await analyst.GetStringAsync("/consultation/dg-csp-2013?handler=report&format=html");
        Assert.Equal(before - 1, ThemeCount(report, "More visible policing"));

        var audit = sample.App.Services.GetRequiredService<AuditTrail>();
        var user = TestUsers.For(Roles.Analyst);
        Assert.Contains((await audit.ReadAsync(AuditActions.SurveyCommentsViewed, user, 1, default)).Entries, e => e.Target == "dg-csp-2013/other-priorities");
        Assert.Contains((await audit.ReadAsync(AuditActions.SurveyThemeReassigned, user, 1, default)).Entries,
            e => e.Target == $"dg-csp-2013/other-priorities/{response}" && e.Detail == "More visible policing -> (no theme)");
        Assert.Contains((await audit.ReadAsync(AuditActions.ReportDownload, user, 1, default)).Entries, e => e.Target == "survey dg-csp-2013" && e.Detail!.StartsWith("XLSX", StringComparison.Ordinal));

        var member = await sample.App.SignedInAsync(TestUsers.For(Roles.Member));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/consultation/dg-csp-2013?handler=report&format=pdf")).StatusCode);
    }
}
