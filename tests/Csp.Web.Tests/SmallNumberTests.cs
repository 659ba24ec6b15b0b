using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Csp.Core.Periods;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;
using Csp.Workbench.Assessment;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests;

/// <summary>
/// Small numbers follow the role on every route that gives a ward's or an LSOA's figures: the member (and any role not
/// entitled to restricted figures) reads counts from 1 to 4 withheld, as the public (Part 1) report prints them, on the
/// dashboard, its map, through the assessment use case the API calls, and in every download; administrators, analysts
/// and partner officers read them all. Chalk (E05014912, a ward of Gravesham) has Robbery 1 against 1 and Shoplifting 0
/// against 4 in Jan-Sept 25 against Jan-Sept 22 on the bundled sample.
/// </summary>
public sealed partial class SmallNumberTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private const string Chalk = "E05014912";
    private const string Gravesham = "E07000109";
    private const string Periods = "period=2025-01..2025-09&baseline=2022-01..2022-09";
    private static readonly IReadOnlyList<string> Entitled = Roles.SeeSmallNumbers;
    private readonly CspAppFactory _app = sample.App;

    public static TheoryData<string> AllRoles => new(Roles.All);

    private static bool IsSmall(long? count) => count is > 0 and < 5;

    /// <summary>The analyst's figures (all of them) from the API: category -> (baseline, count).</summary>
    private async Task<Dictionary<string, (long Baseline, long Count)>> TruthAsync(string area)
    {
        var analyst = await _app.SignedInAsync(TestUsers.For(Roles.Analyst));
        var json = JsonNode.Parse(await analyst.GetStringAsync($"/api/assessment?area={area}&{Periods}"))!;
        return json["rows"]!.AsArray().ToDictionary(r => (string)r!["category"]!, r => ((long)r!["baselineCount"]!, (long)r!["count"]!));
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task The_dashboard_of_a_ward_withholds_its_small_numbers_from_a_role_not_entitled_to_them(string role)
    {
        var truth = await TruthAsync(Chalk);
        var small = truth.Where(t => IsSmall(t.Value.Count) || IsSmall(t.Value.Baseline)).Select(t => t.Key).ToList();
        Assert.Contains("Robbery", small);
        var client = await _app.SignedInAsync(TestUsers.For(role));

        var html = await client.GetStringAsync($"/?area={Chalk}&kind=range&pfrom=2025-01&pto=2025-09&bfrom=2022-01&bto=2022-09");

        var table = Section(html, "id=\"assessment-table\"", "</table>");
        var data = JsonNode.Parse(WebUtility.HtmlDecode(Section(html, "id=\"dashboard-data\">", "</script>")))!;
        var chalkIndex = data["siblings"]!["areas"]!.AsArray().Select(a => (string)a!["code"]!).ToList().IndexOf(Chalk);
        var robberyRate = data["siblings"]!["rates"]!["Robbery"]?.AsArray()[chalkIndex];
        if (Entitled.Contains(role))
        {
            foreach (var category in small) Assert.Equal([N(truth[category].Baseline), N(truth[category].Count)], Cells(table, category).Take(2));
            Assert.NotNull(robberyRate);
            Assert.All(data["rows"]!.AsArray(), r => Assert.NotEmpty(r!["months"]!.AsArray()));
        }
        else
        {
            foreach (var category in small) Assert.All(Cells(table, category), c => Assert.Equal("*", c));
            Assert.Null(robberyRate);
            // No monthly counts reach the page: a ward's month is nearly always a small number.
            Assert.All(data["rows"]!.AsArray(), r => Assert.Empty(r!["months"]!.AsArray()));
            Assert.DoesNotContain(data["rows"]!.AsArray(), r => small.Contains((string)r!["category"]!));
            Assert.Contains("withheld for your role", html, StringComparison.Ordinal);
        }
        // Categories with no small number read alike for every role.
        Assert.Equal([N(truth["Total crime"].Baseline), N(truth["Total crime"].Count)], Cells(table, "Total crime").Take(2));
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task The_map_of_wards_and_of_lsoas_withholds_small_counts_and_their_rates_from_a_role_not_entitled_to_them(string role)
    {
        var analyst = await _app.SignedInAsync(TestUsers.For(Roles.Analyst));
        var client = await _app.SignedInAsync(TestUsers.For(role));
        foreach (var area in new[] { Gravesham, Chalk })
        {
            var address = $"/dashboard/map?area={area}&{Periods}&category=Robbery";
            var truth = Features(await analyst.GetStringAsync(address)).ToDictionary(f => (string)f["code"]!);
            var shown = Features(await client.GetStringAsync(address)).ToList();
            Assert.Contains(truth.Values, f => f["count"] is { } c && IsSmall((long)c));

            foreach (var f in shown)
            {
                var real = truth[(string)f["code"]!];
                var small = IsSmall((long)real["count"]!) || IsSmall((long)real["baselineCount"]!);
                if (small && !Entitled.Contains(role))
                {
                    Assert.True((bool)f["withheld"]!, (string)f["name"]!);
                    Assert.Null(f["count"]);
                    Assert.Null(f["baselineCount"]);
                    Assert.Null(f["ratePer1000"]);
                    Assert.Null(f["percentChange"]);
                }
                else
                {
                    Assert.Null(f["withheld"]);
                    Assert.Equal((long)real["count"]!, (long)f["count"]!);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task The_lsoa_table_of_a_ward_dashboard_withholds_small_totals_from_a_role_not_entitled_to_them(string role)
    {
        // One month of a ward of Gravesham (E05014916): several of its LSOAs have a Total crime from 1 to 4.
        const string ward = "E05014916";
        var analyst = await _app.SignedInAsync(TestUsers.For(Roles.Analyst));
        var truth = Features(await analyst.GetStringAsync($"/dashboard/map?area={ward}&period=2025-03..2025-03&baseline=2022-03..2022-03&category=Total%20crime"))
            .ToDictionary(f => (string)f["name"]!, f => ((long)f["baselineCount"]!, (long)f["count"]!));
        Assert.Contains(truth.Values, t => IsSmall(t.Item1) || IsSmall(t.Item2));
        var client = await _app.SignedInAsync(TestUsers.For(role));
        var table = Section(await client.GetStringAsync($"/?area={ward}&kind=range&pfrom=2025-03&pto=2025-03&bfrom=2022-03&bto=2022-03"), "id=\"small-areas\"", "</table>");

        foreach (var (name, (baseline, count)) in truth)
        {
            var cells = Cells(table, name);
            if ((IsSmall(baseline) || IsSmall(count)) && !Entitled.Contains(role)) Assert.All(cells, c => Assert.Equal("*", c));
            else Assert.Equal([N(baseline), N(count)], cells.Take(2));
        }
    }

    [Fact]
    public async Task The_assessment_use_case_the_api_calls_withholds_for_a_public_reader_and_not_for_an_entitled_one()
    {
        var assessments = _app.Services.GetRequiredService<Assessments>();
        var choice = new PeriodChoice(null, "2025-01..2025-09", "2022-01..2022-09", null, null, null, null);

        var shown = await assessments.AnswerAsync(new AssessmentQuery(Chalk, choice, null, false, Readership.Of([Roles.Member])), CancellationToken.None);
        var all = await assessments.AnswerAsync(new AssessmentQuery(Chalk, choice, null, false, Readership.Of([Roles.PartnerOfficer])), CancellationToken.None);
        var district = await assessments.AnswerAsync(new AssessmentQuery(Gravesham, choice, null, false, Readership.Of([Roles.Member])), CancellationToken.None);

        Assert.DoesNotContain(shown.Result!.Rows, r => IsSmall(r.Count) || IsSmall(r.BaselineCount));
        Assert.Contains("Robbery", shown.Withheld);
        Assert.DoesNotContain(shown.Result.Priorities, p => shown.Withheld.Contains(p.Category));
        Assert.All(shown.Result.Rows, r => Assert.Empty(r.Months));
        Assert.Contains(all.Result!.Rows, r => r.Category == "Robbery" && r.Count == 1 && r.BaselineCount == 1);
        Assert.Empty(all.Withheld);
        // A district's figures are the police's published ones: never withheld.
        Assert.Empty(district.Withheld);
        Assert.NotEmpty(district.Result!.Rows.First().Months);
        // A role the rule does not know, or none, reads as the public.
        Assert.False(Readership.Of(["Auditor"]).SeesSmallNumbers);
        Assert.False(Readership.Of([]).SeesSmallNumbers);
        Assert.True(Readership.Of([Roles.Member, Roles.Analyst]).SeesSmallNumbers);
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task The_api_gives_a_wards_figures_to_entitled_roles_only(string role)
    {
        var client = await _app.SignedInAsync(TestUsers.For(role));
        var response = await client.GetAsync($"/api/assessment?area={Chalk}&{Periods}");
        // The API is for administrators, analysts and partner officers; a case officer reads small numbers on pages only.
        if (!Entitled.Contains(role) || role == Roles.CaseOfficer)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            return;
        }
        var robbery = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["rows"]!.AsArray().Single(r => (string)r!["category"]! == "Robbery")!;
        Assert.Equal(1, (long)robbery["count"]!);
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Every_download_withholds_as_the_role_allows_and_a_role_not_entitled_cannot_lower_the_threshold(string role)
    {
        var client = await _app.SignedInAsync(TestUsers.For(role));
        var entitled = Entitled.Contains(role);
        // Refused before anything is rendered; an entitled role would get each of these (made elsewhere: PDF takes seconds).
        foreach (var format in entitled ? [] : new[] { "html", "pdf", "docx", "xlsx" })
        {
            foreach (var query in new[] { "classification=restricted", "suppressBelow=0", "suppressBelow=1", "suppressBelow=4" })
            {
                foreach (var kind in new[] { "committee", "assessment" })
                {
                    var response = await client.GetAsync($"/reports/{kind}?format={format}&area={Chalk}&{Periods}&{query}");
                    Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{kind} {format} {query} as {role}: {(int)response.StatusCode}");
                }
            }
        }
        if (entitled) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/reports/committee?format=html&area={Chalk}&{Periods}&suppressBelow=0")).StatusCode);
        var report = await client.GetStringAsync($"/reports/assessment?format=html&area={Chalk}&{Periods}");
        Assert.Contains("Part 1 - Public", report, StringComparison.Ordinal);
        Assert.Equal(["*", "*"], Cells(report, "Robbery").Take(2));
        if (entitled)
        {
            var restricted = await client.GetStringAsync($"/reports/assessment?format=html&area={Chalk}&{Periods}&classification=restricted");
            Assert.Equal(["1", "1"], Cells(restricted, "Robbery").Take(2));
        }
    }

    private static IEnumerable<JsonObject> Features(string geoJson) =>
        JsonNode.Parse(geoJson)!["features"]!.AsArray().Select(f => f!["properties"]!.AsObject());

    private static string N(long v) => v.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    private static string Section(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' is not on the page.");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return html[(from + start.Length)..to];
    }

    /// <summary>The cells (decoded text) of the table's row headed by <paramref name="header"/>.</summary>
    private static List<string> Cells(string table, string header)
    {
        var row = Regex.Match(table, "<th scope=\"row\">" + Regex.Escape(WebUtility.HtmlEncode(header)) + "</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No row '{header}'.");
        return CellPattern().Matches(row.Groups[1].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();
    }

    [GeneratedRegex("<td[^>]*>([^<]*)</td>")]
    private static partial Regex CellPattern();
}
