using Csp.Reporting.Rendering;
using Csp.Web.Security;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;

namespace Csp.Web.DataProtection;

/// <summary>
/// <c>GET /admin/people/{id}/subject-access?format=pdf|docx|html</c>: the subject access export of one person's records
/// (administrators; audited by the use case). HTML is shown in the browser under the reports' own content security policy;
/// PDF and Word are downloads.
/// </summary>
public static class SubjectAccessEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGroup("/admin/people").RequireAuthorization(Policies.DataProtection)
            .MapGet("/{id:long}/subject-access", ExportAsync)
            .WithName("SubjectAccessExport")
            .ExcludeFromDescription();

    private static async Task<IResult> ExportAsync(long id, string? format, HttpContext http, SubjectAccessExports exports, CancellationToken cancellationToken)
    {
        var chosen = (format ?? "pdf").ToLowerInvariant() switch { "html" => ReportFormat.Html, "pdf" => ReportFormat.Pdf, "docx" => ReportFormat.Docx, _ => (ReportFormat?)null };
        if (chosen is not { } f) return Results.Problem("Choose format pdf, docx or html.", statusCode: 400, title: "No such format");
        var file = await exports.RenderAsync(new Actor(http.User.Identity?.Name, http.Connection.RemoteIpAddress?.ToString()), id, f, cancellationToken).ConfigureAwait(false);
        if (file is null) return Results.NotFound();
        if (f == ReportFormat.Html)
        {
            http.Response.Headers.ContentSecurityPolicy = Reports.ReportEndpoints.HtmlReportPolicy;
            return Results.File(file.Content, file.ContentType);
        }
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
