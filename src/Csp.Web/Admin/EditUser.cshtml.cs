using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Web.Accounts;
using Csp.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Csp.Web.Admin;

public sealed class EditUserModel(CspDbContext db, AccountService accounts, TimeProvider clock) : PageModel
{
    public new UserRow User { get; private set; } = null!;

    public IReadOnlyList<AgencyRow> Agencies { get; private set; } = [];

    public string? Message { get; private set; }

    public string? NewPassword { get; private set; }

    public List<string> Errors { get; } = [];

    public bool Locked => User.LockoutEnd is { } until && until > clock.GetUtcNow();

    public string State => User.Disabled ? "Disabled" : Locked ? "Locked until " + Shared.Format.When(User.LockoutEnd) : "Active";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(long id, string? displayName, long agencyId, List<string>? roles, bool disabled, bool unlock, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken).ConfigureAwait(false)) return NotFound();
        var chosen = (roles ?? []).Where(Roles.All.Contains).Distinct().ToList();
        if (string.IsNullOrWhiteSpace(displayName)) Errors.Add("Enter the person's full name.");
        if (Agencies.All(a => a.Id != agencyId)) Errors.Add("Choose their agency.");
        if (chosen.Count == 0) Errors.Add("Choose at least one role.");
        var me = HttpContext.User.Identity?.Name;
        if (string.Equals(me, User.UserName, StringComparison.OrdinalIgnoreCase) && (disabled || !chosen.Contains(Roles.Administrator)))
        {
            Errors.Add("You cannot disable yourself or remove your own Administrator role: another administrator must do that.");
        }
        if (Errors.Count > 0) return Page();
        await accounts.UpdateUserAsync(User, displayName!, agencyId, chosen, disabled, unlock, cancellationToken).ConfigureAwait(false);
        Message = "Saved. Their open sessions have ended; they sign in again to pick up the changes.";
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken).ConfigureAwait(false)) return NotFound();
        NewPassword = await accounts.ResetPasswordAsync(User, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == id, cancellationToken).ConfigureAwait(false);
        if (user is null) return false;
        User = user;
        Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
