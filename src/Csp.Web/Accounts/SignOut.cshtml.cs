using Csp.Web.Audit;
using Csp.Workbench.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Accounts;

/// <summary>Signing out is a POST with the anti-forgery token: a link on another site cannot sign a user out.</summary>
public sealed class SignOutModel(AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await audit.RecordAsync(AuditActions.SignOut, null, null, null, cancellationToken).ConfigureAwait(false);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return LocalRedirect("/account/sign-in");
    }
}
