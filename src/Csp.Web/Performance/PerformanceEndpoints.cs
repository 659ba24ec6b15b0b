using System.Security.Claims;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Web.Security;
using Csp.Workbench.Audit;
using Csp.Workbench.Performance;

namespace Csp.Web.Performance;

/// <summary>
/// <c>GET /performance/report?area=...&amp;quarter=2025-Q2&amp;format=pdf|html|docx|xlsx&amp;classification=public|restricted</c>
/// (or <c>period</c> and <c>baseline</c>): the quarterly performance report, as <c>csp report performance</c> makes it: public
/// (Part 1) by default, for every role; restricted (Part 2, every figure) only for the roles that may see small numbers
/// (<see cref="Workbench.Accounts.Roles.SeeSmallNumbers"/>), 403 for any other. Every download is audited with its classification.
/// </summary>
public static class PerformanceEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGroup("/performance").RequireAuthorization(Policies.Performance)
            .MapGet("/report", ReportAsync)
            .WithName("PerformanceReport")
            .ExcludeFromDescription();
    }

    private static async Task<IResult> ReportAsync(string? area, string? quarter, string? period, string? baseline, string? format, string? classification, HttpContext http,
        PerformanceTables tables, AuditTrail audit, CancellationToken cancellationToken)
    {
        var restricted = string.Equals(classification, "restricted", StringComparison.OrdinalIgnoreCase);
        if (!restricted && classification is not null && !string.Equals(classification, "public", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem("Choose classification public (Part 1) or restricted (Part 2).", statusCode: 400, title: "No such classification");
        }
        if (restricted && !http.User.Readership().SeesSmallNumbers)
        {
            return Results.Problem("The restricted (Part 2) performance report shows every figure, small numbers included: it is for administrators, analysts, partner officers and case officers. " +
                "Download the public (Part 1) report.", statusCode: 403, title: "Not for your role");
        }
        if (!Enum.TryParse<ReportFormat>(format ?? "pdf", ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
        {
            return Results.Problem("Choose format pdf, html, docx or xlsx.", statusCode: 400, title: "No such format");
        }
        if (!PerformancePeriods.TryParse(quarter, period, baseline, out var periods, out var problem))
        {
            return Results.Problem(problem, statusCode: 400, title: "The period is not understood");
        }
        var outcome = await tables.ReportAsync(area ?? "", periods!, chosen, restricted ? Classification.Restricted() : Classification.Public(), cancellationToken).ConfigureAwait(false);
        if (outcome.File is not { } file) return Results.Problem(outcome.Detail, statusCode: outcome.Status, title: outcome.Title);
        await audit.RecordAsync(new Actor(http.User.FindFirstValue(ClaimTypes.Name), http.Connection.RemoteIpAddress?.ToString()), AuditActions.ReportDownload, null,
            $"performance {area}", $"{chosen.ToString().ToUpperInvariant()}, {periods!.Period}, {file.ClassificationLabel}", cancellationToken).ConfigureAwait(false);
        if (chosen == ReportFormat.Html)
        {
            http.Response.Headers.ContentSecurityPolicy = Reports.ReportEndpoints.HtmlReportPolicy;
            return Results.File(file.Content, file.ContentType);
        }
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
