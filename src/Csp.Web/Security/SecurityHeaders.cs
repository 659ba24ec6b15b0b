using Csp.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Csp.Web.Security;

/// <summary>
/// Headers on every response: a Content-Security-Policy that allows scripts and styles from the app only (no inline
/// script, no CDN), no framing, no MIME sniffing, and no referrer sent to other sites. HSTS is added by UseHsts on HTTPS.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<CspWebOptions> options)
{
    private readonly string _policy = Policy(options.Value.MapTileUrl);

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = _policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next(context);
    }

    /// <summary>Images may come from the map tile server when one is configured; nothing else leaves the app.</summary>
    internal static string Policy(string? tileUrl)
    {
        var images = "'self' data:";
        if (tileUrl is not null && Uri.TryCreate(tileUrl.Replace("{s}", "a", StringComparison.Ordinal).Replace("{z}", "0", StringComparison.Ordinal)
                .Replace("{x}", "0", StringComparison.Ordinal).Replace("{y}", "0", StringComparison.Ordinal), UriKind.Absolute, out var tiles))
        {
            images += " " + (tileUrl.Contains("{s}", StringComparison.Ordinal) ? $"{tiles.Scheme}://*.{string.Join('.', tiles.Host.Split('.').Skip(1))}" : $"{tiles.Scheme}://{tiles.Authority}");
        }
        return $"default-src 'self'; script-src 'self'; style-src 'self'; img-src {images}; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
