using System.Globalization;
using System.Security.Claims;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Workbench.Reports;
using Csp.Web.Assessment;
using Csp.Web.Audit;
using Csp.Workbench.Audit;
using Csp.Web.Hosting;
using Csp.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

using Csp.Workbench.Assessment;

namespace Csp.Web.Reports;

/// <summary>
/// <c>GET /reports/{committee|assessment}?format=html|pdf|docx|xlsx&amp;area=...&amp;(period fields)&amp;classification=public|restricted</c>:
/// the reports of <c>csp report</c>, built from the in-memory assessment data and downloaded. Every role may download a
/// public (Part 1) report; a restricted (Part 2) one, which shows small numbers in wards, is for the roles that read the
/// API (administrators, analysts, partner officers), not for the read-only members. Every download is audited.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>The page's own rules for a report opened in the browser: its inline styles and pictures, and nothing else (no script at all).</summary>
    public const string HtmlReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGroup("/reports").RequireAuthorization(Policies.Reports)
            .MapGet("/{kind}", DownloadAsync)
            .WithName("DownloadReport")
            .ExcludeFromDescription();
    }

    private static async Task<IResult> DownloadAsync(string kind, [AsParameters] AssessmentParameters query, string? format, string? classification, int? suppressBelow,
        HttpContext http, ReportFiles reports, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ReportRequest.Kinds.Contains(kind))
        {
            return Problem(404, "No such report", $"There is no '{kind}' report: choose {string.Join(" or ", ReportRequest.Kinds)}.");
        }
        if (!Enum.TryParse<ReportFormat>(format ?? "html", ignoreCase: true, out var chosenFormat) || !Enum.IsDefined(chosenFormat) || int.TryParse(format, out _))
        {
            return Problem(400, "No such format", "Choose format html, pdf, docx or xlsx.");
        }
        var restricted = string.Equals(classification, "restricted", StringComparison.OrdinalIgnoreCase);
        if (!restricted && classification is not null && !string.Equals(classification, "public", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(400, "No such classification", "Choose classification public (Part 1) or restricted (Part 2).");
        }
        var threshold = suppressBelow ?? 5;
        if (threshold is < 0 or > 100) return Problem(400, "The suppression threshold is not understood", "suppressBelow is a whole number from 0 to 100 (default 5).");

        var periods = query.Choice().Choose(name => name, out var periodError);
        var day = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var order = new ReportOrder(kind, query.Area, periods, periodError, query.Partial ?? false, query.PopulationYear,
            restricted ? Classification.Restricted() : Classification.Public(threshold), day, chosenFormat,
            http.User.Readership());
        var outcome = await reports.MakeAsync(order, cancellationToken).ConfigureAwait(false);
        if (outcome.File is not { } file) return Problem(outcome.Status, outcome.Title ?? "The report cannot be made", outcome.Detail ?? "");

        var user = http.User.FindFirstValue(ClaimTypes.Name);
        var area = outcome.Area!;
        await audit.RecordAsync(AuditActions.ReportDownload, user, $"{kind} report, {area.Name} ({area.Code}), {periods!.Period.Label()} against {periods.Baseline.Label()}",
            $"{chosenFormat.ToString().ToUpperInvariant()}, {file.ClassificationLabel}", cancellationToken).ConfigureAwait(false);

        if (chosenFormat == ReportFormat.Html)
        {
            http.Response.Headers.ContentSecurityPolicy = HtmlReportPolicy;
            return Results.File(file.Content, file.ContentType);
        }
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static IResult Problem(int status, string title, string detail) => Results.Problem(detail, statusCode: status, title: title);
}
