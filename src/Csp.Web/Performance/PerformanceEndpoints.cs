using System.Security.Claims;
using Csp.Reporting.Rendering;
using Csp.Web.Security;
using Csp.Workbench.Audit;
using Csp.Workbench.Performance;

namespace Csp.Web.Performance;

/// <summary>
/// <c>GET /performance/report?area=...&amp;quarter=2025-Q2&amp;format=pdf|html|docx|xlsx</c> (or <c>period</c> and
/// <c>baseline</c>): the quarterly performance report, as <c>csp report performance</c> makes it. Every download is audited.
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

    private static async Task<IResult> ReportAsync(string? area, string? quarter, string? period, string? baseline, string? format, HttpContext http,
        PerformanceTables tables, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ReportFormat>(format ?? "pdf", ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
        {
            return Results.Problem("Choose format pdf, html, docx or xlsx.", statusCode: 400, title: "No such format");
        }
        if (!PerformancePeriods.TryParse(quarter, period, baseline, out var periods, out var problem))
        {
            return Results.Problem(problem, statusCode: 400, title: "The period is not understood");
        }
        var outcome = await tables.ReportAsync(area ?? "", periods!, chosen, cancellationToken).ConfigureAwait(false);
        if (outcome.File is not { } file) return Results.Problem(outcome.Detail, statusCode: outcome.Status, title: outcome.Title);
        await audit.RecordAsync(new Actor(http.User.FindFirstValue(ClaimTypes.Name), http.Connection.RemoteIpAddress?.ToString()), AuditActions.ReportDownload, null,
            $"performance {area}", $"{chosen.ToString().ToUpperInvariant()}, {periods!.Period}", cancellationToken).ConfigureAwait(false);
        if (chosen == ReportFormat.Html)
        {
            http.Response.Headers.ContentSecurityPolicy = Reports.ReportEndpoints.HtmlReportPolicy;
            return Results.File(file.Content, file.ContentType);
        }
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
