using Csp.Reporting.Rendering;
using Csp.Web.Security;
using Csp.Web.Strategy;
using Csp.Workbench.Audit;

namespace Csp.Web.Meetings;

/// <summary>
/// <c>GET /meetings/{id}/minutes?format=pdf|docx|html</c>: a meeting's minutes as a document, for every role that reads
/// the meetings (the strategy's readers); each download audited. 404 for a meeting not recorded.
/// </summary>
public static class MeetingEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGroup("/meetings").RequireAuthorization(Policies.Strategy)
            .MapGet("/{id:long}/minutes", MinutesAsync)
            .WithName("MeetingMinutes")
            .ExcludeFromDescription();

    private static async Task<IResult> MinutesAsync(long id, string? format, HttpContext http, Workbench.Meetings.Meetings meetings, AuditTrail audit, CancellationToken cancellationToken)
    {
        var chosen = (format ?? "pdf").ToLowerInvariant() switch { "html" => ReportFormat.Html, "pdf" => ReportFormat.Pdf, "docx" => ReportFormat.Docx, _ => (ReportFormat?)null };
        if (chosen is not { } f) return Results.Problem("Choose format pdf, docx or html.", statusCode: 400, title: "No such format");
        var file = await meetings.MinutesAsync(id, f, cancellationToken).ConfigureAwait(false);
        if (file is null) return Results.Problem($"No meeting {id} is recorded.", statusCode: 404, title: "No such meeting");
        await audit.RecordAsync(PlanUsers.From(http).Actor, AuditActions.ReportDownload, null, $"minutes of meeting {id}", $"{f.ToString().ToUpperInvariant()}, {file.Title}", cancellationToken)
            .ConfigureAwait(false);
        if (f == ReportFormat.Html)
        {
            http.Response.Headers.ContentSecurityPolicy = Reports.ReportEndpoints.HtmlReportPolicy;
            return Results.File(file.Content, file.ContentType);
        }
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
