using System.Globalization;
using System.Security.Claims;
using Csp.Web.Audit;
using Csp.Workbench.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Accounts;

public sealed class PasswordModel(AccountService accounts) : PageModel
{
    public string? Message { get; private set; }

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? next, CancellationToken cancellationToken)
    {
        var id = long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var (problem, user) = await accounts.ChangePasswordAsync(id, current ?? "", next ?? "", AuditLog.Of(HttpContext), cancellationToken).ConfigureAwait(false);
        Message = problem;
        if (user is not null)
        {
            // The new security stamp ends other sessions; this one continues with a fresh cookie.
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountPrincipal.For(user)).ConfigureAwait(false);
            Changed = true;
            Message = "Your password has been changed.";
        }
        return Page();
    }
}
