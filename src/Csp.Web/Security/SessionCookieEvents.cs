using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Csp.Web.Security;

/// <summary>The session cookie's behaviour: programs get 401/403 rather than a redirect to the sign-in page; stale sessions end.</summary>
internal sealed class SessionCookieEvents : CookieAuthenticationEvents
{
    public const string StampClaim = "csp:stamp";

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (ApiPaths.IsApi(context.Request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }
        // The sign-in page on this site, as a path: the handler's absolute address is built from the request's Host header.
        context.Response.Redirect(LocalPart(context.RedirectUri));
        return Task.CompletedTask;
    }

    /// <summary>"/account/sign-in?ReturnUrl=%2F" of "http://any.host/account/sign-in?ReturnUrl=%2F".</summary>
    internal static string LocalPart(string redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : redirectUri;

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        // A signed-in user without the role: 403 for pages too (the status code page explains it), not a redirect.
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(StampClaim);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<Csp.Workbench.Accounts.AccountSessions>();
        if (id is null || stamp is null || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            || !await sessions.IsCurrentAsync(userId, stamp, context.HttpContext.RequestAborted).ConfigureAwait(false))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name).ConfigureAwait(false);
        }
    }
}
