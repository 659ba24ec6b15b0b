using System.Threading.RateLimiting;
using Csp.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Csp.Web.Security;

/// <summary>
/// The public survey form against floods: submissions (POST) per client address per minute
/// (<see cref="CspWebOptions.SurveyPermitsPerMinute"/>); showing the form is free. No third-party captcha: a honeypot field
/// catches robots that fill every field.
/// </summary>
internal static class SurveyRateLimit
{
    public const string Policy = "survey";

    public static RateLimitPartition<string> Partition(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("view");
        var permits = context.RequestServices.GetRequiredService<IOptions<CspWebOptions>>().Value.SurveyPermitsPerMinute;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
