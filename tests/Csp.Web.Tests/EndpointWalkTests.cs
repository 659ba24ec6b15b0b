using System.Net;
using Csp.Testing;
using Csp.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests;

/// <summary>
/// Every endpoint the app maps, asked by every role and by nobody signed in, answers as the README's role matrix says.
/// The matrix is written out here by hand (not read from the policies), and an endpoint missing from it fails the test.
/// </summary>
public sealed class EndpointWalkTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private const string Anyone = "anyone";
    private const string SignedIn = "signed in";
    private static readonly string[] All = ["Administrator", "Analyst", "PartnerOfficer", "CaseOfficer", "Member"];
    private static readonly string[] ApiRoles = ["Administrator", "Analyst", "PartnerOfficer"];
    private static readonly string[] ImportRoles = ["Administrator", "Analyst"];
    private static readonly string[] AdminOnly = ["Administrator"];
    /// <summary>ASB cases: case officers and partner officers (which cases each sees, by agency, is CaseAccessTests').</summary>
    private static readonly string[] CaseRoles = ["PartnerOfficer", "CaseOfficer"];
    private static readonly string[] BriefingRoles = ["Administrator", "Analyst", "PartnerOfficer", "CaseOfficer"];
    /// <summary>The consultation's results: administrators and analysts (the public form is anyone's).</summary>
    private static readonly string[] ConsultationRoles = ["Administrator", "Analyst"];
    /// <summary>The return form: partner officers (their agency's measures), analysts and administrators.</summary>
    private static readonly string[] ReturnRoles = ["Administrator", "Analyst", "PartnerOfficer"];
    /// <summary>Recording the Management Group's decision and who sits on groups (which action plan rows each role sees is ActionPlanAccessTests').</summary>
    private static readonly string[] ManageStrategyRoles = ["Administrator", "Analyst"];
    /// <summary>The action plan's progress report is the whole plan: the roles that read every row.</summary>
    private static readonly string[] WholePlanRoles = ["Administrator", "Analyst", "Member"];

    /// <summary>Route pattern and method -> who may use it, the address to ask, and what an allowed user gets.</summary>
    private static readonly Dictionary<(string Pattern, string Method), (object Who, string Path, HttpStatusCode Allowed)> Matrix = new()
    {
        [("/health", "GET")] = (Anyone, "/health", HttpStatusCode.OK),
        [("/account/sign-in", "GET")] = (Anyone, "/account/sign-in", HttpStatusCode.OK),
        [("/error/{code:int?}", "GET")] = (Anyone, "/error/404", HttpStatusCode.NotFound),
        [("/account/sign-out", "GET")] = (SignedIn, "/account/sign-out", HttpStatusCode.OK),
        [("/account/password", "GET")] = (SignedIn, "/account/password", HttpStatusCode.OK),
        [("/", "GET")] = (All, "/", HttpStatusCode.OK),
        [("/dashboard/map", "GET")] = (All, "/dashboard/map?area=E07000109&period=2025-01..2025-09&baseline=2022-01..2022-09", HttpStatusCode.OK),
        [("/api", "GET")] = (ApiRoles, "/api", HttpStatusCode.OK),
        [("/api/assessment", "GET")] = (ApiRoles, "/api/assessment?area=E07000109&period=2025-01..2025-09&baseline=2022-01..2022-09", HttpStatusCode.OK),
        [("/api/status", "GET")] = (ApiRoles, "/api/status", HttpStatusCode.OK),
        [("/openapi/{documentName}.json", "GET")] = (ApiRoles, "/openapi/v1.json", HttpStatusCode.OK),
        [("/imports", "GET")] = (ImportRoles, "/imports", HttpStatusCode.OK),
        [("/imports/{id:long}", "GET")] = (ImportRoles, "/imports/999999", HttpStatusCode.NotFound),
        [("/api/imports/", "GET")] = (ImportRoles, "/api/imports", HttpStatusCode.OK),
        [("/api/imports/{id:long}", "GET")] = (ImportRoles, "/api/imports/999999", HttpStatusCode.NotFound),
        // Without the anti-forgery header the upload is refused after the role check.
        [("/imports/uploads", "POST")] = (ImportRoles, "/imports/uploads", HttpStatusCode.BadRequest),
        [("/admin/users", "GET")] = (AdminOnly, "/admin/users", HttpStatusCode.OK),
        [("/admin/users/{id:long}", "GET")] = (AdminOnly, "/admin/users/1", HttpStatusCode.OK),
        [("/audit", "GET")] = (AdminOnly, "/audit", HttpStatusCode.OK),
        [("/admin/sharing", "GET")] = (AdminOnly, "/admin/sharing", HttpStatusCode.OK),
        // Data protection requests (policy DataProtection): administrators only; a person not held is 404.
        [("/admin/people", "GET")] = (AdminOnly, "/admin/people?name=Example", HttpStatusCode.OK),
        [("/admin/people/{id:long}", "GET")] = (AdminOnly, "/admin/people/999999", HttpStatusCode.NotFound),
        [("/admin/people/{id:long}/subject-access", "GET")] = (AdminOnly, "/admin/people/999999/subject-access?format=html", HttpStatusCode.NotFound),
        [("/cases", "GET")] = (CaseRoles, "/cases", HttpStatusCode.OK),
        [("/cases/new", "GET")] = (CaseRoles, "/cases/new", HttpStatusCode.OK),
        // A case the officer's agency is not entitled to (or that does not exist) is 404 either way.
        [("/cases/{id:long}", "GET")] = (CaseRoles, "/cases/999999", HttpStatusCode.NotFound),
        [("/cases/{id:long}/refer", "GET")] = (CaseRoles, "/cases/999999/refer", HttpStatusCode.NotFound),
        // The Vulnerability Panel: case and partner officers (which items each sees, by agency, is CaseAccessTests').
        [("/panel", "GET")] = (CaseRoles, "/panel", HttpStatusCode.OK),
        [("/panel/meetings/{id:long}", "GET")] = (CaseRoles, "/panel/meetings/999999", HttpStatusCode.NotFound),
        // A document on a case the officer may not see (or not held) is 404 either way.
        [("/cases/{id:long}/documents/{documentId:long}", "GET")] = (CaseRoles, "/cases/999999/documents/1", HttpStatusCode.NotFound),
        // Public (Part 1) reports: every role; restricted ones are in ReportDownloadTests.
        [("/briefing", "GET")] = (BriefingRoles, "/briefing?area=E07000109", HttpStatusCode.OK),
        [("/briefing/print", "GET")] = (BriefingRoles, "/briefing/print?area=E07000109&format=html", HttpStatusCode.OK),
        [("/briefing/tasks", "GET")] = (BriefingRoles, "/briefing/tasks", HttpStatusCode.OK),
        [("/briefing/tasks/{reference}", "GET")] = (BriefingRoles, "/briefing/tasks/T-0000-0000", HttpStatusCode.NotFound),
        [("/consultation", "GET")] = (ConsultationRoles, "/consultation", HttpStatusCode.OK),
        [("/consultation/{id}", "GET")] = (ConsultationRoles, "/consultation/dg-csp-2013", HttpStatusCode.OK),
        // The survey builder: a new survey, or one held (drafts included).
        [("/consultation/builder/{id?}", "GET")] = (ConsultationRoles, "/consultation/builder/dg-csp-2013", HttpStatusCode.OK),
        // The public survey form and its thank-you page: anyone, signed in or not.
        [("/survey/{id}", "GET")] = (Anyone, "/survey/dg-csp-demo", HttpStatusCode.OK),
        [("/survey/{id}/thanks", "GET")] = (Anyone, "/survey/dg-csp-demo/thanks", HttpStatusCode.OK),
        [("/performance", "GET")] = (All, "/performance?area=E22000352&quarter=2025-Q2", HttpStatusCode.OK),
        [("/performance/report", "GET")] = (All, "/performance/report?area=E22000352&quarter=2025-Q2&format=html", HttpStatusCode.OK),
        [("/performance/returns", "GET")] = (ReturnRoles, "/performance/returns", HttpStatusCode.OK),
        [("/strategy", "GET")] = (All, "/strategy", HttpStatusCode.OK),
        [("/strategy/structure", "GET")] = (All, "/strategy/structure", HttpStatusCode.OK),
        [("/strategy/page", "GET")] = (All, "/strategy/page?format=html", HttpStatusCode.OK),
        [("/strategy/decision", "GET")] = (ManageStrategyRoles, "/strategy/decision?area=E22000352&period=2025-01..2025-09&baseline=2022-01..2022-09", HttpStatusCode.OK),
        [("/strategy/document", "GET")] = (All, "/strategy/document?format=html", HttpStatusCode.OK),
        // The sample's demonstration meetings of the Management Group (ids 1 and 2): every role reads them and their minutes.
        [("/meetings", "GET")] = (All, "/meetings", HttpStatusCode.OK),
        [("/meetings/{id:long}", "GET")] = (All, "/meetings/1", HttpStatusCode.OK),
        [("/meetings/{id:long}/minutes", "GET")] = (All, "/meetings/1/minutes?format=html", HttpStatusCode.OK),
        // The published strategy: anyone, no sign-in; the sample has published nothing (publishing is PublicStrategyTests').
        [("/public/strategy", "GET")] = (Anyone, "/public/strategy", HttpStatusCode.NotFound),
        [("/public/strategy/page", "GET")] = (Anyone, "/public/strategy/page", HttpStatusCode.NotFound),
        // What is published, with the dates, and the performance report and Case Review statistics published: anyone, no
        // sign-in; the sample has published nothing (publishing is PublicSummaryTests').
        [("/public", "GET")] = (Anyone, "/public", HttpStatusCode.OK),
        [("/public/performance", "GET")] = (Anyone, "/public/performance", HttpStatusCode.NotFound),
        [("/public/case-review", "GET")] = (Anyone, "/public/case-review", HttpStatusCode.NotFound),
        // Publishing them: administrators and analysts (the strategy is published from /strategy).
        [("/publishing", "GET")] = (ManageStrategyRoles, "/publishing", HttpStatusCode.OK),
        [("/action-plan", "GET")] = (All, "/action-plan", HttpStatusCode.OK),
        // A row the user may not see (or that does not exist) is 404 either way.
        [("/action-plan/{id:long}", "GET")] = (All, "/action-plan/999999", HttpStatusCode.NotFound),
        // Changing and adding rows: administrators and analysts (ActionPlanAccessTests posts as every role).
        [("/action-plan/{id:long}/edit", "GET")] = (ManageStrategyRoles, "/action-plan/999999/edit", HttpStatusCode.NotFound),
        [("/action-plan/new", "GET")] = (ManageStrategyRoles, "/action-plan/new", HttpStatusCode.OK),
        [("/action-plan/report", "GET")] = (WholePlanRoles, "/action-plan/report?quarter=2025-Q3&format=html", HttpStatusCode.OK),
        [("/reports/{kind}", "GET")] = (All, "/reports/committee?format=html&area=E07000109&period=2025-01..2025-09&baseline=2022-01..2022-09", HttpStatusCode.OK),
    };

    private readonly CspAppFactory _app = sample.App;

    [Fact]
    public void Every_mapped_endpoint_is_in_the_role_matrix()
    {
        _ = _app.Server;
        var mapped = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/'), Method: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET"))
            .Distinct().ToList();

        var unlisted = mapped.Where(m => !Matrix.ContainsKey(m)).ToList();
        var gone = Matrix.Keys.Where(k => !mapped.Contains(k)).ToList();
        Assert.True(unlisted.Count == 0, "Not in the matrix: " + string.Join(", ", unlisted));
        Assert.True(gone.Count == 0, "In the matrix but not mapped: " + string.Join(", ", gone));
    }

    [Fact]
    public async Task Every_endpoint_answers_every_role_and_nobody_as_the_matrix_says()
    {
        var clients = new Dictionary<string, HttpClient> { ["nobody"] = _app.Anonymous() };
        foreach (var (name, role) in TestUsers.ByRole) clients[role] = await _app.SignedInAsync(name);
        var wrong = new List<string>();
        foreach (var ((pattern, method), (who, path, allowedStatus)) in Matrix)
        {
            foreach (var (principal, client) in clients)
            {
                var allowed = who switch
                {
                    Anyone => true,
                    SignedIn => principal != "nobody",
                    string[] roles => roles.Contains(principal),
                    _ => false,
                };
                var isApi = path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/openapi", StringComparison.Ordinal)
                    || path.StartsWith("/dashboard/map", StringComparison.Ordinal) || path == "/imports/uploads";
                var expected = allowed ? allowedStatus : principal == "nobody" ? (isApi ? HttpStatusCode.Unauthorized : HttpStatusCode.Redirect) : HttpStatusCode.Forbidden;
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method == "POST") request.Content = new MultipartFormDataContent { { new StringContent("police-uk"), "kind" } };
                var response = await client.SendAsync(request);
                if (response.StatusCode != expected) wrong.Add($"{method} {path} as {principal}: {(int)response.StatusCode}, expected {(int)expected}");
                if (expected == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Split('?')[0] != "/account/sign-in") wrong.Add($"{method} {path} as nobody: redirected to {response.Headers.Location}");
            }
        }
        Assert.Empty(wrong);
    }
}
