using Csp.Storage;
using Csp.Web.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Csp.Web.Accounts;

[EnableRateLimiting(Security.SignInRateLimit.Policy)]
public sealed class SignInModel(AccountService accounts, CspDbContext db) : PageModel
{
    public string? Message { get; private set; }

    public string? UserName { get; private set; }

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        UserName = userName;
        ReturnUrl = returnUrl;
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            Message = "Enter your user name and password.";
            return Page();
        }
        var outcome = await accounts.CheckPasswordAsync(userName, password, cancellationToken).ConfigureAwait(false);
        switch (outcome.Result)
        {
            case SignInResult.SignedIn:
                var user = outcome.User!;
                var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == user.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken).ConfigureAwait(false);
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountService.Principal(user, agency)).ConfigureAwait(false);
                // Only a path inside this app: never an address another site put in the link.
                return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
            case SignInResult.LockedOut:
                Message = $"This account is locked after too many failed attempts. Try again after {Format.When(outcome.LockedUntil)}, or ask your administrator to unlock it.";
                return Page();
            default:
                // Disabled accounts, unknown names and wrong passwords get the same answer: it tells a guesser nothing.
                Message = "The user name or password is not right.";
                return Page();
        }
    }
}
