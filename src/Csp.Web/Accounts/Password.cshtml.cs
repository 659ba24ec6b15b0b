using System.Globalization;
using System.Security.Claims;
using Csp.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Csp.Web.Accounts;

public sealed class PasswordModel(AccountService accounts, CspDbContext db) : PageModel
{
    public string? Message { get; private set; }

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? next, CancellationToken cancellationToken)
    {
        var id = long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        Message = await accounts.ChangePasswordAsync(id, current ?? "", next ?? "", cancellationToken).ConfigureAwait(false);
        if (Message is null)
        {
            // The new security stamp ends other sessions; this one continues with a fresh cookie.
            var user = await db.Users.AsNoTracking().Include(u => u.Roles).FirstAsync(u => u.Id == id, cancellationToken).ConfigureAwait(false);
            var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == user.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken).ConfigureAwait(false);
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountService.Principal(user, agency)).ConfigureAwait(false);
            Changed = true;
            Message = "Your password has been changed.";
        }
        return Page();
    }
}
