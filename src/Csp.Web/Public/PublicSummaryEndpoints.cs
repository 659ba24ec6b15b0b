using Csp.Workbench.Publishing;

namespace Csp.Web.Public;

/// <summary>
/// <c>GET /public/performance</c> and <c>GET /public/case-review</c>: the quarterly performance report and the ASB Case
/// Review statistics as an administrator or analyst last published them (frozen when published), for anyone, no sign-in;
/// 404 with a short page when nothing is published.
/// </summary>
public static class PublicSummaryEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var published = app.MapGroup("/public").AllowAnonymous();
        published.MapGet("/performance", (PublicSummaries summaries, HttpContext http, CancellationToken cancellationToken) =>
            SendAsync(summaries, PublicSummaries.Performance, "performance report", http, cancellationToken)).WithName("PublishedPerformance").ExcludeFromDescription();
        published.MapGet("/case-review", (PublicSummaries summaries, HttpContext http, CancellationToken cancellationToken) =>
            SendAsync(summaries, PublicSummaries.CaseReviewStatistics, "ASB Case Review statistics", http, cancellationToken)).WithName("PublishedCaseReviewStatistics").ExcludeFromDescription();
    }

    private static async Task<IResult> SendAsync(PublicSummaries summaries, string kind, string what, HttpContext http, CancellationToken cancellationToken)
    {
        // The report's own content security policy: its inline styles and figures, nothing fetched from elsewhere.
        http.Response.Headers.ContentSecurityPolicy = Reports.ReportEndpoints.HtmlReportPolicy;
        var published = await summaries.CurrentAsync(kind, cancellationToken).ConfigureAwait(false);
        if (published is not null) return Results.Content(published.Html, "text/html; charset=utf-8");
        var page = $"""
            <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Not published</title></head>
            <body><main><h1>Not published</h1><p>The partnership has not published its {what} here yet. <a href="/public">What the partnership publishes</a>.</p></main></body></html>
            """;
        return Results.Content(page, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }
}
