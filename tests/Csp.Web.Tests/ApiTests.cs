using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Csp.Testing;
using Csp.Web.Tests.Infrastructure;

namespace Csp.Web.Tests;

/// <summary>
/// GET /api/assessment gives exactly <c>csp assess --format json</c>'s model and numbers on the bundled sample, refuses
/// with problem details a person can act on, and the OpenAPI document describes it. Run on SQLite and on PostgreSQL.
/// </summary>
public abstract class ApiTests(CspAppFactory app) : IAsyncLifetime
{
    private const string Gravesham = "/api/assessment?area=Gravesham&period=2025-01..2025-09&baseline=2022-01..2022-09";
    private readonly CspAppFactory _app = app;
    private HttpClient _analyst = null!;

    public async Task InitializeAsync() => _analyst = await _app.SignedInAsync(TestUsers.For(Csp.Workbench.Accounts.Roles.Analyst));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_assessment_is_the_same_json_as_csp_assess_with_the_hand_checked_totals()
    {
        var response = await _analyst.GetAsync(Gravesham);
        var (exit, cli, stderr) = await CspProcess.RunSplitAsync("assess", "--area", "Gravesham", "--period", "2025-01..2025-09", "--baseline", "2022-01..2022-09", "--format", "json", "--database", _app.Database);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.True(exit == 0, stderr);
        var api = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli), api), "The API's JSON differs from csp assess --format json.");
        var total = api["rows"]!.AsArray().Single(r => (string)r!["category"]! == "Total crime")!;
        Assert.Equal(6_643, (long)total["count"]!);
        Assert.Equal(8_401, (long)total["baselineCount"]!);
        Assert.Equal("E07000109", (string)api["area"]!["code"]!);
    }

    [Fact]
    public async Task Every_way_of_giving_the_period_is_accepted()
    {
        foreach (var query in new[] { "yearEnding=2025-11&partial=true", "financialYear=2025&partial=true", "yearToDate=2025-07&partial=true", "quarter=2025-Q2&partial=true", "month=2025-03&partial=true" })
        {
            var response = await _analyst.GetAsync("/api/assessment?area=E07000109&" + query);
            Assert.True(response.StatusCode == HttpStatusCode.OK, query + ": " + await response.Content.ReadAsStringAsync());
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.True((bool)json["partial"]!, query);
        }
    }

    [Fact]
    public async Task Missing_months_give_422_with_the_months_and_partial_compares_what_is_held()
    {
        var refused = await _analyst.GetAsync("/api/assessment?area=Gravesham&yearEnding=2025-09");
        var partial = await _analyst.GetAsync("/api/assessment?area=Gravesham&yearEnding=2025-09&partial=true");

        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        var missing = Assert.Single(problem["missingRanges"]!.AsArray())!;
        Assert.Equal(("Kent Police", "2023-10", "2024-12", 15), ((string)missing["force"]!, (string)missing["from"]!, (string)missing["to"]!, (int)missing["months"]!));
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.StartsWith("Partial data:", (string)JsonNode.Parse(await partial.Content.ReadAsStringAsync())!["findings"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_area_is_404_and_a_bad_period_is_400_as_problem_details()
    {
        var unknown = await _analyst.GetAsync("/api/assessment?area=Atlantis&yearEnding=2025-09");
        var badPeriod = await _analyst.GetAsync("/api/assessment?area=Gravesham&period=2025-13..2025-14&baseline=2022-01..2022-09");
        var none = await _analyst.GetAsync("/api/assessment?area=Gravesham");
        var two = await _analyst.GetAsync("/api/assessment?area=Gravesham&month=2025-01&quarter=2025-Q1");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Atlantis", (string)JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Contains("period '2025-13..2025-14' is not YYYY-MM..YYYY-MM", await badPeriod.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, two.StatusCode);
    }

    [Fact]
    public async Task A_period_of_every_possible_month_names_the_missing_ranges_compactly_and_with_partial_is_refused_not_a_500()
    {
        const string query = "/api/assessment?area=Gravesham&period=0001-01..9999-12&baseline=2022-01..2022-09";
        var refused = await _analyst.GetAsync(query);
        var partial = await _analyst.GetAsync(query + "&partial=true");
        var nearYearOne = await _analyst.GetAsync("/api/assessment?area=Gravesham&period=0001-01..0001-12&baseline=0002-01..0002-12&partial=true");
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("assess", "--area", "Gravesham", "--period", "0001-01..9999-12", "--baseline", "2022-01..2022-09",
            "--format", "json", "--database", _app.Database);

        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.True(body.Length < 4_000, $"{body.Length:N0} characters");
        var ranges = JsonNode.Parse(body)!["missingRanges"]!.AsArray();
        Assert.Equal(("0001-01", "2021-12"), ((string)ranges[0]!["from"]!, (string)ranges[0]!["to"]!));
        Assert.Equal("9999-12", (string)ranges[^1]!["to"]!);
        Assert.Contains("Kent Police: 0001-01..2021-12, ", (string)JsonNode.Parse(body)!["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        Assert.Equal("application/problem+json", partial.Content.Headers.ContentType!.MediaType);
        // A year the data cannot reach back from is compared as far as it goes (nothing held: partial, no change), not a 500.
        Assert.Equal(HttpStatusCode.OK, nearYearOne.StatusCode);
        Assert.True((bool)JsonNode.Parse(await nearYearOne.Content.ReadAsStringAsync())!["partial"]!);
        Assert.Contains("at most 240 months", await partial.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The command line refuses in the same words, with the same ranges.
        Assert.Equal(3, exit);
        Assert.Contains("Kent Police: 0001-01..2021-12, ", stderr, StringComparison.Ordinal);
        Assert.Equal(ranges.Count, JsonNode.Parse(stdout)!["missingRanges"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_population_year_that_is_not_one_the_area_has_is_refused_with_the_years_held()
    {
        const string query = "/api/assessment?area=Gravesham&period=2025-01..2025-09&baseline=2022-01..2022-09&populationYear=";
        var negative = await _analyst.GetAsync(query + "-5");
        var absent = await _analyst.GetAsync(query + "1990");
        var text = await _analyst.GetAsync(query + "abc");
        var held = await _analyst.GetAsync(query + "2021");
        var (exit, _, stderr) = await CspProcess.RunSplitAsync("assess", "--area", "Gravesham", "--period", "2025-01..2025-09", "--baseline", "2022-01..2022-09",
            "--population-year", "-5", "--database", _app.Database);

        foreach (var response in new[] { negative, absent, text })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
        Assert.Contains("populationYear '-5' is not a year", await negative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("no population estimate of Gravesham for 1990: the data holds 2020, 2021, 2022", await absent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Equal(1, exit);
        Assert.Contains("populationYear '-5' is not a year", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_says_an_area_was_not_found_and_refuses_bad_parameters_on_the_page_itself()
    {
        var unknown = await _analyst.GetAsync("/?area=NoSuchPlace&period=2025-01..2025-09&baseline=2022-01..2022-09");
        var huge = await _analyst.GetAsync("/?area=E07000109&period=0001-01..9999-12&baseline=2022-01..2022-09&partial=true");
        var year = await _analyst.GetAsync("/?area=E07000109&period=2025-01..2025-09&baseline=2022-01..2022-09&populationYear=-5");
        var notANumber = await _analyst.GetAsync("/?area=E07000109&period=2025-01..2025-09&baseline=2022-01..2022-09&populationYear=abc");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var page = WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync());
        Assert.Contains("No area has the code or name 'NoSuchPlace'", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"assessment-table\"", page, StringComparison.Ordinal);
        foreach (var (response, says) in new[] { (huge, "at most 240 months"), (year, "populationYear '-5' is not a year"), (notANumber, "populationYear 'abc'") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains(says, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_status_is_csp_status_and_the_openapi_document_describes_both_endpoints()
    {
        var status = JsonNode.Parse(await _analyst.GetStringAsync("/api/status"))!;
        var (_, cli, _) = await CspProcess.RunSplitAsync("status", "--format", "json", "--database", _app.Database);
        var document = JsonNode.Parse(await _analyst.GetStringAsync("/openapi/v1.json"))!;
        var anonymous = await _app.Anonymous().GetAsync("/openapi/v1.json");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli), status), "The API's status differs from csp status --format json.");
        var assessment = document["paths"]!["/api/assessment"]!["get"]!;
        var parameters = assessment["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
        Assert.Equal(["area", "yearEnding", "period", "baseline", "financialYear", "yearToDate", "quarter", "month", "populationYear", "partial"], parameters);
        Assert.NotNull(assessment["responses"]!["200"]);
        Assert.NotNull(assessment["responses"]!["404"]);
        Assert.NotNull(assessment["responses"]!["422"]);
        Assert.NotNull(document["paths"]!["/api/status"]);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_shows_the_same_totals_and_its_map_carries_a_rate_for_every_ward()
    {
        var html = await _analyst.GetStringAsync("/?area=E07000109&kind=range&pfrom=2025-01&pto=2025-09&bfrom=2022-01&bto=2022-09");
        var map = JsonNode.Parse(await _analyst.GetStringAsync("/dashboard/map?area=E07000109&period=2025-01..2025-09&baseline=2022-01..2022-09&category=Total%20crime"))!;

        Assert.Contains("Gravesham: Jan-Sept 25 against Jan-Sept 22", html, StringComparison.Ordinal);
        Assert.Contains("id=\"total-count\">6,643<", html, StringComparison.Ordinal);
        var wards = map["features"]!.AsArray();
        Assert.True(wards.Count >= 10, $"{wards.Count} wards");
        Assert.All(wards, w => Assert.True(w!["properties"]!["ratePer1000"] is not null, (string)w!["properties"]!["name"]!));
        Assert.All(wards, w => Assert.True((bool)w!["properties"]!["approximate"]!));
        Assert.Equal(6_643, wards.Sum(w => (long)w!["properties"]!["count"]!));
    }
}

public sealed class SqliteApiTests(SqliteSampleApp sample) : ApiTests(sample.App), IClassFixture<SqliteSampleApp>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresApiTests(PostgresSample postgres) : ApiTests(postgres.App);
