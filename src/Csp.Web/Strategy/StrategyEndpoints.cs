using Csp.Reporting.Rendering;
using Csp.Web.Security;
using Csp.Workbench.Audit;
using Csp.Workbench.Strategy;

namespace Csp.Web.Strategy;

/// <summary>
/// <c>GET /strategy/page?format=pdf|png|html[&amp;strategy=ID]</c>: Strategy on a Page, one A4 page (public: no personal data,
/// no small numbers), for every role; <c>GET /strategy/document?format=pdf|docx|html[&amp;strategy=ID]</c>: the strategy in the seeds' shape; <c>GET /action-plan/report?quarter=YYYY-Qn&amp;format=html|pdf|docx|xlsx[&amp;strategy=ID]</c>:
/// the action plan's progress at the end of the quarter, for the roles that read the whole plan. Every download is audited.
/// </summary>
public static class StrategyEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var strategy = app.MapGroup("/strategy").RequireAuthorization(Policies.Strategy);
        strategy.MapGet("/page", PageAsync)
            .WithName("StrategyOnAPage")
            .ExcludeFromDescription();
        strategy.MapGet("/document", DocumentAsync)
            .WithName("StrategyDocument")
            .ExcludeFromDescription();
        app.MapGroup("/action-plan").RequireAuthorization(Policies.ActionPlanReport)
            .MapGet("/report", ActionPlanReportAsync)
            .WithName("ActionPlanReport")
            .ExcludeFromDescription();
    }

    private const string NoStrategy = "No strategy is held: an analyst imports one (./csp strategy import, or ./csp import sample).";

    private static async Task<IResult> ActionPlanReportAsync(string? quarter, string? format, long? strategy, HttpContext http, Strategies strategies, AuditTrail audit,
        CancellationToken cancellationToken)
    {
        var chosen = (format ?? "pdf").ToLowerInvariant() switch
        {
            "html" => ReportFormat.Html, "pdf" => ReportFormat.Pdf, "docx" => ReportFormat.Docx, "xlsx" => ReportFormat.Xlsx, _ => (ReportFormat?)null,
        };
        if (chosen is not { } f) return Results.Problem("Choose format html, pdf, docx or xlsx.", statusCode: 400, title: "No such format");
        if (!Csp.Core.Strategy.ReportingQuarter.TryParse(quarter, out var q))
        {
            return Results.Problem($"'{quarter}' is not a quarter: give quarter=YYYY-Qn, e.g. 2025-Q3.", statusCode: 400, title: "No such quarter");
        }
        var file = await strategies.ActionPlanReportAsync(strategy, q, f, cancellationToken).ConfigureAwait(false);
        return await SendAsync(file, f, "action plan progress", http, audit, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> DocumentAsync(string? format, long? strategy, HttpContext http, Strategies strategies, AuditTrail audit, CancellationToken cancellationToken)
    {
        var chosen = (format ?? "pdf").ToLowerInvariant() switch { "pdf" => ReportFormat.Pdf, "html" => ReportFormat.Html, "docx" => ReportFormat.Docx, _ => (ReportFormat?)null };
        if (chosen is not { } f) return Results.Problem("Choose format pdf, docx or html.", statusCode: 400, title: "No such format");
        var file = await strategies.DocumentAsync(strategy, f, cancellationToken).ConfigureAwait(false);
        return await SendAsync(file, f, "strategy", http, audit, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> PageAsync(string? format, long? strategy, HttpContext http, Strategies strategies, AuditTrail audit, CancellationToken cancellationToken)
    {
        var chosen = (format ?? "pdf").ToLowerInvariant() switch { "pdf" => ReportFormat.Pdf, "html" => ReportFormat.Html, "png" => ReportFormat.Png, _ => (ReportFormat?)null };
        if (chosen is not { } f) return Results.Problem("Choose format pdf, png or html.", statusCode: 400, title: "No such format");
        var file = await strategies.PageAsync(strategy, f, cancellationToken).ConfigureAwait(false);
        return await SendAsync(file, f, "strategy on a page", http, audit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The file as a download (a web page shown under the reports' own content security policy), the download audited; 404 without a strategy.</summary>
    private static async Task<IResult> SendAsync(Workbench.Reports.ReportFile? file, ReportFormat format, string what, HttpContext http, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (file is null) return Results.Problem(NoStrategy, statusCode: 404, title: "No strategy");
        var user = PlanUsers.From(http);
        await audit.RecordAsync(user.Actor, AuditActions.ReportDownload, null, what, $"{format.ToString().ToUpperInvariant()}, {file.Title}", cancellationToken).ConfigureAwait(false);
        if (format == ReportFormat.Html)
        {
            http.Response.Headers.ContentSecurityPolicy = Reports.ReportEndpoints.HtmlReportPolicy;
            return Results.File(file.Content, file.ContentType);
        }
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
