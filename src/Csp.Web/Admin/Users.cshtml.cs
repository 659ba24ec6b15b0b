using System.Text.RegularExpressions;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Web.Accounts;
using Csp.Web.Audit;
using Csp.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Csp.Web.Admin;

public sealed partial class UsersModel(CspDbContext db, AccountService accounts, AuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public IReadOnlyList<AgencyRow> Agencies { get; private set; } = [];

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public AccountService.Created? Created { get; private set; }

    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userName = Input.UserName?.Trim() ?? "";
        if (!UserNamePattern().IsMatch(userName)) Errors.Add("The user name must be 1 to 64 letters, digits, dots, hyphens or underscores.");
        else if (await accounts.ExistsAsync(userName, cancellationToken).ConfigureAwait(false)) Errors.Add($"There is already a user called {userName}.");
        if (string.IsNullOrWhiteSpace(Input.DisplayName)) Errors.Add("Enter the person's full name.");
        if (!await db.Agencies.AnyAsync(a => a.Id == Input.AgencyId, cancellationToken).ConfigureAwait(false)) Errors.Add("Choose their agency.");
        var roles = Input.Roles.Where(Roles.All.Contains).Distinct().ToList();
        if (roles.Count == 0) Errors.Add("Choose at least one role.");
        var password = string.IsNullOrEmpty(Input.Password) ? null : Input.Password;
        if (password is not null && PasswordRules.Check(password, userName) is { } problem) Errors.Add(problem);
        if (Errors.Count == 0)
        {
            Created = await accounts.CreateUserAsync(userName, Input.DisplayName!, Input.AgencyId, roles, password, cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(AuditActions.UserCreated, null, Created.UserName, "roles " + string.Join("+", roles), cancellationToken).ConfigureAwait(false);
            // A password the administrator typed is theirs to pass on; only one the app made is shown back.
            if (password is not null) Created = Created with { Password = "(the one you entered)" };
            Input = new UserInput();
        }
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    public string AgencyName(long id) => Agencies.FirstOrDefault(a => a.Id == id)?.Name ?? "-";

    public string State(UserRow u) =>
        u.Disabled ? "Disabled" : u.LockoutEnd is { } until && until > clock.GetUtcNow() ? "Locked until " + Shared.Format.When(until) : "Active";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await db.Users.AsNoTracking().Include(u => u.Roles).OrderBy(u => u.NormalizedName).ToListAsync(cancellationToken).ConfigureAwait(false);
        Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (Input.AgencyId == 0 && Agencies.Count > 0) Input.AgencyId = Agencies[0].Id;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex UserNamePattern();
}
