using Csp.Workbench.Strategy;

namespace Csp.Web.Strategy;

/// <summary>
/// <c>GET /public/strategy</c> and <c>GET /public/strategy/page</c>: the strategy and Strategy on a Page as an
/// administrator or analyst last published them (frozen when published: drafts never show), for anyone, no sign-in;
/// 404 with a short page when nothing is published.
/// </summary>
public static class PublicEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var published = app.MapGroup("/public").AllowAnonymous();
        published.MapGet("/strategy", (Publications publications, HttpContext http, CancellationToken cancellationToken) =>
            SendAsync(publications, Publications.Strategy, http, cancellationToken)).WithName("PublishedStrategy").ExcludeFromDescription();
        published.MapGet("/strategy/page", (Publications publications, HttpContext http, CancellationToken cancellationToken) =>
            SendAsync(publications, Publications.StrategyOnAPage, http, cancellationToken)).WithName("PublishedStrategyOnAPage").ExcludeFromDescription();
    }

    private const string NothingPublished = """
        <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Not published</title></head>
        <body><main><h1>Community Safety Strategy</h1><p>The partnership has not published its strategy here yet.</p></main></body></html>
        """;

    private static async Task<IResult> SendAsync(Publications publications, string kind, HttpContext http, CancellationToken cancellationToken)
    {
        // The report's own content security policy: its inline styles and figures, nothing fetched from elsewhere.
        http.Response.Headers.ContentSecurityPolicy = Reports.ReportEndpoints.HtmlReportPolicy;
        var publication = await publications.CurrentAsync(kind, cancellationToken).ConfigureAwait(false);
        return publication is null
            ? Results.Content(NothingPublished, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
            : Results.Content(publication.Html, "text/html; charset=utf-8");
    }
}
