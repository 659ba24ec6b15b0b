using Csp.Reporting.Rendering;
using Csp.Web.Security;
using Csp.Workbench.Audit;
using Csp.Workbench.Strategy;

namespace Csp.Web.Strategy;

/// <summary>
/// <c>GET /strategy/page?format=pdf|html[&amp;strategy=ID]</c>: Strategy on a Page, one A4 page (public: no personal data,
/// no small numbers), for every role; every download is audited.
/// </summary>
public static class StrategyEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGroup("/strategy").RequireAuthorization(Policies.Strategy)
            .MapGet("/page", PageAsync)
            .WithName("StrategyOnAPage")
            .ExcludeFromDescription();
    }

    private static async Task<IResult> PageAsync(string? format, long? strategy, HttpContext http, Strategies strategies, AuditTrail audit, CancellationToken cancellationToken)
    {
        var chosen = (format ?? "pdf").ToLowerInvariant() switch { "pdf" => ReportFormat.Pdf, "html" => ReportFormat.Html, _ => (ReportFormat?)null };
        if (chosen is not { } f) return Results.Problem("Choose format pdf or html.", statusCode: 400, title: "No such format");
        var file = await strategies.PageAsync(strategy, f, cancellationToken).ConfigureAwait(false);
        if (file is null) return Results.Problem("No strategy is held: an analyst imports one (./csp strategy import, or ./csp import sample).", statusCode: 404, title: "No strategy");
        var user = PlanUsers.From(http);
        await audit.RecordAsync(user.Actor, AuditActions.ReportDownload, null, "strategy on a page", $"{f.ToString().ToUpperInvariant()}, {file.Title}", cancellationToken).ConfigureAwait(false);
        if (f == ReportFormat.Html)
        {
            http.Response.Headers.ContentSecurityPolicy = Reports.ReportEndpoints.HtmlReportPolicy;
            return Results.File(file.Content, file.ContentType);
        }
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
