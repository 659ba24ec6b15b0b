using System.Globalization;
using System.Net;
using Csp.Storage;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;
using Csp.Workbench.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests;

/// <summary>
/// The domestic abuse repeat share of a district with few victims, over HTTP on a copy of the sample: four domestic
/// incidents of three victims (one a repeat) placed on a Thanet LSOA's centroid. A member (who may not see small numbers)
/// reads it withheld on the performance page; an analyst reads the figure there; the report download is public (Part 1)
/// for every role and withholds it, and so does the summary published to the public page.
/// </summary>
public sealed class PerformanceSmallNumberTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>, IAsyncLifetime
{
    private const string Thanet = "E07000114";
    private const string Share = "Domestic abuse repeat incidents (% from incident records)";
    private readonly CspAppFactory _app = sample.App;

    /// <summary>
    /// A quarter two quarters back: the GENERATED demonstration incidents the sample loads end yesterday and start about two
    /// years before, so its months are held whole whenever the tests run.
    /// </summary>
    private static readonly (int Year, int Quarter) Asked = QuarterOf(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-6));

    private static (int, int) QuarterOf(DateOnly day) => (day.Year, (day.Month - 1) / 3 + 1);

    private static string QuarterText => string.Create(CultureInfo.InvariantCulture, $"{Asked.Year}-Q{Asked.Quarter}");

    public async Task InitializeAsync()
    {
        var database = _app.Services.GetRequiredService<CspDatabase>();
        var first = new DateOnly(Asked.Year, Asked.Quarter * 3 - 2, 10);
        string Day(int months) => first.AddMonths(months).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The centroid of E01024633, a Thanet LSOA (data/sample/geography): each incident is placed there. K1 has a repeat
        // (its second incident within 12 months of the first): 1 repeat of 4 incidents = 25.0%, 1 repeat victim of 3 victims.
        const string at = "638427.3426,169149.5776";
        var csv = string.Join("\n",
            "id,date,time,category,easting,northing,victim_key,domestic",
            $"TH-1,{Day(0)},10:00,Domestic incident,{at},K1,yes",
            $"TH-2,{Day(1)},10:00,Domestic incident,{at},K1,yes",
            $"TH-3,{Day(1)},12:00,Domestic incident,{at},K2,yes",
            $"TH-4,{Day(2)},12:00,Domestic incident,{at},K3,yes") + "\n";
        var path = Path.Combine(Path.GetTempPath(), "csp-web-tests", $"thanet-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv);
        var file = Csp.Ingest.Sources.InputFiles.Expand([path], [".csv"], out _).Single();
        await foreach (var report in DataImports.RunIncidentsAsync(database, TimeProvider.System, [file], 27700, false, CancellationToken.None))
        {
            Assert.Empty(report.Issues);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string ShareCells(string page)
    {
        var at = page.IndexOf("<th scope=\"row\">" + Share, StringComparison.Ordinal);
        Assert.True(at >= 0, "the share's row is not on the page");
        return page[at..page.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task A_member_reads_the_share_withheld_and_an_analyst_reads_it_on_the_performance_page()
    {
        var member = await _app.SignedInAsync(TestUsers.For(Roles.Member));
        var analyst = await _app.SignedInAsync(TestUsers.For(Roles.Analyst));

        var withheld = await member.GetStringAsync($"/performance?area={Thanet}&quarter={QuarterText}");
        var shown = await analyst.GetStringAsync($"/performance?area={Thanet}&quarter={QuarterText}");

        Assert.Matches(@"<td class=""withheld"">\*</td>", ShareCells(withheld));
        Assert.DoesNotContain("25.0%", ShareCells(withheld), StringComparison.Ordinal);
        Assert.Contains("fewer than 5 victims or repeat victims", withheld, StringComparison.Ordinal);
        Assert.Contains("25.0%", ShareCells(shown), StringComparison.Ordinal);
        Assert.DoesNotContain("fewer than 5 victims or repeat victims", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Member, "html")]
    [InlineData(Roles.Analyst, "html")]
    [InlineData(Roles.PartnerOfficer, "xlsx")]
    public async Task The_report_download_is_public_for_every_role_and_withholds_the_share(string role, string format)
    {
        var user = await _app.SignedInAsync(TestUsers.For(role));

        var response = await user.GetAsync($"/performance/report?area={Thanet}&quarter={QuarterText}&format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (format == "html")
        {
            var html = WebUtility.HtmlDecode(System.Text.Encoding.UTF8.GetString(bytes));
            Assert.Matches(Share.Replace("(", @"\(", StringComparison.Ordinal).Replace(")", @"\)", StringComparison.Ordinal) + @" \(GENERATED demonstration data\)</th>\s*<td[^>]*>\*</td>\s*<td[^>]*>\*</td>", html);
            Assert.DoesNotContain("25.0%", html, StringComparison.Ordinal);
        }
        else
        {
            using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            var strings = book.WorkbookPart!.SharedStringTablePart!.SharedStringTable.InnerText;
            Assert.Contains("fewer than 5 victims or repeat victims", strings, StringComparison.Ordinal);
            Assert.DoesNotContain("25.0%", strings, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_published_summary_withholds_the_share()
    {
        var analyst = await _app.SignedInAsync(TestUsers.For(Roles.Analyst));
        var token = await CspAppFactory.FormTokenAsync(analyst, "/publishing");
        var published = await analyst.PostAsync("/publishing?handler=Performance", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Area"] = Thanet, ["Quarter"] = QuarterText,
        }));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var page = WebUtility.HtmlDecode(await _app.Anonymous().GetStringAsync("/public/performance"));

        Assert.Contains(Share, page, StringComparison.Ordinal);
        Assert.DoesNotContain("25.0%", page, StringComparison.Ordinal);
        Assert.Contains("fewer than 5 victims or repeat victims", page, StringComparison.Ordinal);
    }
}
