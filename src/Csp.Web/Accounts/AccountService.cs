using System.Globalization;
using System.Security.Claims;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Web.Audit;
using Csp.Web.Hosting;
using Csp.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Csp.Web.Accounts;

/// <summary>
/// Accounts: passwords checked with ASP.NET Core Identity's PasswordHasher (PBKDF2, the hash format carries its own
/// parameters, upgraded on the next sign-in when they change), lockout after repeated failures, the first administrator,
/// and the account changes an administrator makes. Every sign-in, failure and change is audited.
/// </summary>
public sealed class AccountService(CspDbContext db, AuditLog audit, TimeProvider clock, IOptions<CspWebOptions> options, UserSessions sessions)
{
    private static readonly PasswordHasher<UserRow> Hasher = new();

    /// <summary>A hash of nothing anyone can type, checked for unknown user names so that they take as long as known ones.</summary>
    private static readonly string DecoyHash = Hasher.HashPassword(null!, PasswordRules.Generate());

    public const string FirstAdministrator = "admin";

    public sealed record Created(long Id, string UserName, string Password);

    /// <summary>Creates the administrator when there are no users at all; null when there are users already.</summary>
    /// <param name="password">The password to give it (CSP_ADMIN_PASSWORD); null makes one, returned to be shown once.</param>
    public async Task<Created?> CreateFirstAdministratorAsync(string? password, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken).ConfigureAwait(false)) return null;
        if (password is not null && PasswordRules.Check(password, FirstAdministrator) is { } problem)
        {
            throw new InvalidOperationException($"CSP_ADMIN_PASSWORD is not acceptable: {problem}");
        }
        var agency = await db.Agencies.OrderBy(a => a.Id).FirstAsync(a => a.Kind == "Council", cancellationToken).ConfigureAwait(false);
        var created = await CreateUserAsync(FirstAdministrator, "Administrator", agency.Id, [Roles.Administrator], password, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(AuditActions.AccountCreated, "(first run)", FirstAdministrator, "the first administrator, created because there were no users", cancellationToken).ConfigureAwait(false);
        return created;
    }

    /// <summary>Adds a user. The password is checked by the caller (<see cref="PasswordRules"/>); null makes one.</summary>
    public async Task<Created> CreateUserAsync(string userName, string displayName, long agencyId, IReadOnlyCollection<string> roles, string? password, CancellationToken cancellationToken)
    {
        password ??= PasswordRules.Generate();
        var user = new UserRow
        {
            UserName = userName.Trim(),
            NormalizedName = Normalize(userName),
            DisplayName = displayName.Trim(),
            AgencyId = agencyId,
            PasswordHash = "",
            SecurityStamp = NewStamp(),
            CreatedAt = clock.GetUtcNow(),
            Roles = roles.Distinct(StringComparer.Ordinal).Select(r => new UserRoleRow { Role = r }).ToList(),
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new Created(user.Id, user.UserName, password);
    }

    public Task<bool> ExistsAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = Normalize(userName);
        return db.Users.AnyAsync(u => u.NormalizedName == normalized, cancellationToken);
    }

    /// <summary>
    /// Checks a user name and password. After <see cref="CspWebOptions.LockoutFailures"/> failures in a row the account is
    /// locked for <see cref="CspWebOptions.LockoutMinutes"/> minutes, during which even the right password is refused.
    /// </summary>
    public async Task<SignInOutcome> CheckPasswordAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var normalized = Normalize(userName);
        var user = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.NormalizedName == normalized, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        if (user is null)
        {
            Hasher.VerifyHashedPassword(null!, DecoyHash, password);
            await audit.RecordAsync(AuditActions.SignInFailed, userName, null, "no such user", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(SignInResult.Failed, null, null);
        }
        if (user.Disabled)
        {
            await audit.RecordAsync(AuditActions.SignInRefused, user.UserName, null, "the account is disabled", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(SignInResult.Disabled, null, null);
        }
        if (user.LockoutEnd is { } until && until > now)
        {
            await audit.RecordAsync(AuditActions.SignInRefused, user.UserName, null, $"the account is locked until {until.ToString("O", CultureInfo.InvariantCulture)}", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(SignInResult.LockedOut, null, until);
        }
        var verified = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            var limit = options.Value.LockoutFailures;
            if (user.FailedSignIns >= limit)
            {
                user.FailedSignIns = 0;
                user.LockoutEnd = now.AddMinutes(options.Value.LockoutMinutes);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await audit.RecordAsync(AuditActions.SignInRefused, user.UserName, null, $"wrong password; {limit} failures in a row locked the account for {options.Value.LockoutMinutes} minutes", cancellationToken).ConfigureAwait(false);
                return new SignInOutcome(SignInResult.LockedOut, null, user.LockoutEnd);
            }
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(AuditActions.SignInFailed, user.UserName, null, $"wrong password ({user.FailedSignIns} of {limit} before lockout)", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(SignInResult.Failed, null, null);
        }
        if (verified == PasswordVerificationResult.SuccessRehashNeeded) user.PasswordHash = Hasher.HashPassword(user, password);
        user.FailedSignIns = 0;
        user.LockoutEnd = null;
        user.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(AuditActions.SignIn, user.UserName, null, null, cancellationToken).ConfigureAwait(false);
        return new SignInOutcome(SignInResult.SignedIn, user, null);
    }

    /// <returns>Why the change was refused, or null when it was made.</returns>
    public async Task<string?> ChangePasswordAsync(long userId, string current, string next, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (Hasher.VerifyHashedPassword(user, user.PasswordHash, current) == PasswordVerificationResult.Failed) return "The current password is not right.";
        if (PasswordRules.Check(next, user.UserName) is { } problem) return problem;
        user.PasswordHash = Hasher.HashPassword(user, next);
        user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        sessions.Forget(user.Id);
        await audit.RecordAsync(AuditActions.PasswordChanged, user.UserName, user.UserName, null, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>An administrator's changes to a user: agency, roles, disabled. Sessions of the user end (new stamp).</summary>
    public async Task UpdateUserAsync(UserRow user, string displayName, long agencyId, IReadOnlyCollection<string> roles, bool disabled, bool unlock, CancellationToken cancellationToken)
    {
        var before = Describe(user);
        user.DisplayName = displayName.Trim();
        user.AgencyId = agencyId;
        user.Disabled = disabled;
        if (unlock)
        {
            user.LockoutEnd = null;
            user.FailedSignIns = 0;
        }
        user.Roles.RemoveAll(r => !roles.Contains(r.Role));
        foreach (var role in roles.Where(r => user.Roles.All(x => x.Role != r))) user.Roles.Add(new UserRoleRow { Role = role });
        user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        sessions.Forget(user.Id);
        await audit.RecordAsync(AuditActions.UserChanged, null, user.UserName, $"{before} -> {Describe(user)}{(unlock ? "; unlocked" : "")}", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives the user a new password made by the app (shown once to the administrator); their sessions end.</summary>
    public async Task<string> ResetPasswordAsync(UserRow user, CancellationToken cancellationToken)
    {
        var password = PasswordRules.Generate();
        user.PasswordHash = Hasher.HashPassword(user, password);
        user.SecurityStamp = NewStamp();
        user.LockoutEnd = null;
        user.FailedSignIns = 0;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        sessions.Forget(user.Id);
        await audit.RecordAsync(AuditActions.PasswordReset, null, user.UserName, null, cancellationToken).ConfigureAwait(false);
        return password;
    }

    /// <summary>The signed-in identity: id, name, roles, agency and the security stamp the session is checked against.</summary>
    public static ClaimsPrincipal Principal(UserRow user, string agencyName)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.GivenName, user.DisplayName),
            new("csp:agency", agencyName),
            new(SessionCookieEvents.StampClaim, user.SecurityStamp),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r.Role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static string Describe(UserRow u) =>
        $"agency {u.AgencyId.ToString(CultureInfo.InvariantCulture)}, roles {string.Join("+", u.Roles.Select(r => r.Role).Order(StringComparer.Ordinal))}{(u.Disabled ? ", disabled" : "")}";
}
