using Csp.Workbench.Publishing;

namespace Csp.Web.Public;

/// <summary>
/// <c>GET /public/strategy</c>, <c>/public/strategy/page</c>, <c>/public/performance</c> and <c>/public/case-review</c>:
/// the strategy, Strategy on a Page, the quarterly performance report and the ASB Case Review statistics as an
/// administrator or analyst last published them (frozen when published: drafts and later figures never show), for anyone,
/// no sign-in; 404 with a short page when nothing of the kind is published. One use case serves them all
/// (<see cref="Publications"/>).
/// </summary>
public static class PublicEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var published = app.MapGroup("/public").AllowAnonymous();
        Serve(published, "/strategy", Publications.Strategy, "strategy", "PublishedStrategy");
        Serve(published, "/strategy/page", Publications.StrategyOnAPage, "Strategy on a Page", "PublishedStrategyOnAPage");
        Serve(published, "/performance", Publications.Performance, "performance report", "PublishedPerformance");
        Serve(published, "/case-review", Publications.CaseReviewStatistics, "ASB Case Review statistics", "PublishedCaseReviewStatistics");
    }

    private static void Serve(RouteGroupBuilder group, string path, string kind, string what, string name) =>
        group.MapGet(path, (Publications publications, HttpContext http, CancellationToken cancellationToken) => SendAsync(publications, kind, what, http, cancellationToken))
            .WithName(name).ExcludeFromDescription();

    private static async Task<IResult> SendAsync(Publications publications, string kind, string what, HttpContext http, CancellationToken cancellationToken)
    {
        // The report's own content security policy: its inline styles and figures, nothing fetched from elsewhere.
        http.Response.Headers.ContentSecurityPolicy = Reports.ReportEndpoints.HtmlReportPolicy;
        var published = await publications.CurrentAsync(kind, cancellationToken).ConfigureAwait(false);
        if (published is not null) return Results.Content(published.Html, "text/html; charset=utf-8");
        var page = $"""
            <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Not published</title></head>
            <body><main><h1>Not published</h1><p>The partnership has not published its {what} here yet. <a href="/public">What the partnership publishes</a>.</p></main></body></html>
            """;
        return Results.Content(page, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }
}
