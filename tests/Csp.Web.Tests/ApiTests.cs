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

    public async Task InitializeAsync() => _analyst = await _app.SignedInAsync(TestUsers.For(Security.Roles.Analyst));

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
        var missing = problem["missingMonths"]!.AsArray().Select(m => (string)m!["month"]!).ToList();
        Assert.Contains("2023-10", missing);
        Assert.Contains("2024-12", missing);
        Assert.DoesNotContain("2025-01", missing);
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
