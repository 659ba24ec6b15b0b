using System.Threading.RateLimiting;
using Csp.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Csp.Web.Security;

/// <summary>Sign-in attempts per client address: slows password guessing across many accounts, which the per-account lockout does not.</summary>
internal static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static RateLimitPartition<string> Partition(HttpContext context)
    {
        // Showing the form is free; only attempts (POST) count.
        if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("view");
        var permits = context.RequestServices.GetRequiredService<IOptions<CspWebOptions>>().Value.SignInPermitsPerMinute;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
