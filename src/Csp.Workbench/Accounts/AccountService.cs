using System.Collections.Concurrent;
using System.Globalization;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Accounts;

/// <summary>
/// Accounts: passwords checked through <see cref="IPasswordHasher"/>, lockout after repeated failures, the first administrator,
/// and the account changes an administrator makes. Every sign-in, failure and change is audited.
/// </summary>
public sealed class AccountService(CspDatabase database, AuditTrail audit, TimeProvider clock, IPasswordHasher hasher, LockoutPolicy lockout, AccountSessions sessions)
{
    public const string FirstAdministrator = "admin";

    /// <summary>A hash of nothing anyone can type, checked whenever no real hash is, so that every answer takes as long as a real check.</summary>
    private readonly Lazy<string> _decoyHash = new(() => hasher.Hash(PasswordRules.Generate()));

    /// <summary>
    /// Failures for names that are not accounts, so that they lock exactly as real accounts do: a locked answer must not tell a
    /// guesser that the name exists. Kept in memory (a restart forgets them, as it would not for real accounts; the sign-in rate
    /// limit still holds).
    /// </summary>
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset? Until)> _unknown = new(StringComparer.Ordinal);

    /// <summary>Creates the administrator when there are no users at all; null when there are users already.</summary>
    /// <param name="password">The password to give it (CSP_ADMIN_PASSWORD); null makes one, returned to be shown once.</param>
    public async Task<CreatedUser?> CreateFirstAdministratorAsync(string? password, CancellationToken cancellationToken)
    {
        long agencyId;
        await using (var db = database.CreateContext())
        {
            if (await db.Users.AnyAsync(cancellationToken).ConfigureAwait(false)) return null;
            agencyId = (await db.Agencies.OrderBy(a => a.Id).FirstAsync(a => a.Kind == "Council", cancellationToken).ConfigureAwait(false)).Id;
        }
        if (password is not null && PasswordRules.Check(password, FirstAdministrator) is { } problem)
        {
            throw new InvalidOperationException($"CSP_ADMIN_PASSWORD is not acceptable: {problem}");
        }
        var created = await CreateUserAsync(FirstAdministrator, "Administrator", agencyId, [Roles.Administrator], password, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(Actor.System, AuditActions.AccountCreated, "(first run)", FirstAdministrator, "the first administrator, created because there were no users", cancellationToken).ConfigureAwait(false);
        return created;
    }

    /// <summary>Adds a user. The password is checked by the caller (<see cref="PasswordRules"/>); null makes one.</summary>
    public async Task<CreatedUser> CreateUserAsync(string userName, string displayName, long agencyId, IReadOnlyCollection<string> roles, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        password ??= PasswordRules.Generate();
        var user = new UserRow
        {
            UserName = userName.Trim(),
            NormalizedName = Normalize(userName),
            DisplayName = displayName.Trim(),
            AgencyId = agencyId,
            PasswordHash = hasher.Hash(password),
            SecurityStamp = NewStamp(),
            CreatedAt = clock.GetUtcNow(),
            Roles = roles.Distinct(StringComparer.Ordinal).Select(r => new UserRoleRow { Role = r }).ToList(),
        };
        await using var db = database.CreateContext();
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CreatedUser(user.Id, user.UserName, password);
    }

    public async Task<bool> ExistsAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = Normalize(userName);
        await using var db = database.CreateContext();
        return await db.Users.AnyAsync(u => u.NormalizedName == normalized, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.Users.AsNoTracking().Include(u => u.Roles).OrderBy(u => u.NormalizedName).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(Summary).ToList();
    }

    public async Task<UserSummary?> FindUserAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = await db.Users.AsNoTracking().Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == id, cancellationToken).ConfigureAwait(false);
        return row is null ? null : Summary(row);
    }

    public async Task<IReadOnlyList<AgencyChoice>> AgenciesAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new AgencyChoice(a.Id, a.Name, a.Kind)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks a user name and password. After <see cref="LockoutPolicy.Failures"/> failures in a row the name is locked for
    /// <see cref="LockoutPolicy.Minutes"/> minutes, during which even the right password is refused. Unknown names lock
    /// alike, and every path checks one hash, so neither the answer nor its time tells whether the name exists.
    /// </summary>
    public async Task<SignInOutcome> CheckPasswordAsync(string userName, string password, Actor actor, CancellationToken cancellationToken)
    {
        var normalized = Normalize(userName);
        await using var db = database.CreateContext();
        var user = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.NormalizedName == normalized, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        if (user is null) return await UnknownAsync(userName, normalized, password, actor, now, cancellationToken).ConfigureAwait(false);
        if (user.Disabled)
        {
            hasher.Verify(_decoyHash.Value, password);
            await audit.RecordAsync(actor, AuditActions.SignInRefused, user.UserName, null, "the account is disabled", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(SignInResult.Disabled, null, null);
        }
        if (user.LockoutEnd is { } until && until > now)
        {
            hasher.Verify(_decoyHash.Value, password);
            await audit.RecordAsync(actor, AuditActions.SignInRefused, user.UserName, null, $"the account is locked until {until.ToString("O", CultureInfo.InvariantCulture)}", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(SignInResult.LockedOut, null, until);
        }
        var verified = hasher.Verify(user.PasswordHash, password);
        if (verified == PasswordCheck.Failed)
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= lockout.Failures)
            {
                user.FailedSignIns = 0;
                user.LockoutEnd = now.AddMinutes(lockout.Minutes);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await audit.RecordAsync(actor, AuditActions.SignInRefused, user.UserName, null, $"wrong password; {lockout.Failures} failures in a row locked the account for {lockout.Minutes} minutes", cancellationToken).ConfigureAwait(false);
                return new SignInOutcome(SignInResult.LockedOut, null, user.LockoutEnd);
            }
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(actor, AuditActions.SignInFailed, user.UserName, null, $"wrong password ({user.FailedSignIns} of {lockout.Failures} before lockout)", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(SignInResult.Failed, null, null);
        }
        if (verified == PasswordCheck.SuccessRehashNeeded) user.PasswordHash = hasher.Hash(password);
        user.FailedSignIns = 0;
        user.LockoutEnd = null;
        user.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(actor, AuditActions.SignIn, user.UserName, null, null, cancellationToken).ConfigureAwait(false);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == user.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken).ConfigureAwait(false);
        return new SignInOutcome(SignInResult.SignedIn, SignedIn(user, agency), null);
    }

    private async Task<SignInOutcome> UnknownAsync(string userName, string normalized, string password, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        hasher.Verify(_decoyHash.Value, password);
        var known = _unknown.GetValueOrDefault(normalized);
        if (known.Until is { } until && until > now)
        {
            await audit.RecordAsync(actor, AuditActions.SignInRefused, userName, null, "no such user (refused as if locked)", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(SignInResult.LockedOut, null, until);
        }
        var failures = known.Failures + 1;
        if (failures >= lockout.Failures)
        {
            var end = now.AddMinutes(lockout.Minutes);
            _unknown[normalized] = (0, end);
            await audit.RecordAsync(actor, AuditActions.SignInRefused, userName, null, $"no such user; {lockout.Failures} failures in a row, refused as if locked", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(SignInResult.LockedOut, null, end);
        }
        _unknown[normalized] = (failures, null);
        await audit.RecordAsync(actor, AuditActions.SignInFailed, userName, null, "no such user", cancellationToken).ConfigureAwait(false);
        return new SignInOutcome(SignInResult.Failed, null, null);
    }

    /// <returns>Why the change was refused (and null for the user), or the user signed in afresh with the new stamp.</returns>
    public async Task<(string? Problem, SignedInUser? User)> ChangePasswordAsync(long userId, string current, string next, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var user = await db.Users.Include(u => u.Roles).FirstAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (hasher.Verify(user.PasswordHash, current) == PasswordCheck.Failed) return ("The current password is not right.", null);
        if (PasswordRules.Check(next, user.UserName) is { } problem) return (problem, null);
        user.PasswordHash = hasher.Hash(next);
        user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        sessions.Forget(user.Id);
        await audit.RecordAsync(actor, AuditActions.PasswordChanged, user.UserName, user.UserName, null, cancellationToken).ConfigureAwait(false);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == user.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken).ConfigureAwait(false);
        return (null, SignedIn(user, agency));
    }

    /// <summary>An administrator's changes to a user: agency, roles, disabled. Sessions of the user end (new stamp).</summary>
    /// <returns>False when there is no such user.</returns>
    public async Task<bool> UpdateUserAsync(UserChange change, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var db = database.CreateContext();
        var user = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == change.UserId, cancellationToken).ConfigureAwait(false);
        if (user is null) return false;
        var before = Describe(user);
        user.DisplayName = change.DisplayName.Trim();
        user.AgencyId = change.AgencyId;
        user.Disabled = change.Disabled;
        if (change.Unlock)
        {
            user.LockoutEnd = null;
            user.FailedSignIns = 0;
        }
        user.Roles.RemoveAll(r => !change.Roles.Contains(r.Role));
        foreach (var role in change.Roles.Where(r => user.Roles.All(x => x.Role != r))) user.Roles.Add(new UserRoleRow { Role = role });
        user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        sessions.Forget(user.Id);
        await audit.RecordAsync(actor, AuditActions.UserChanged, null, user.UserName, $"{before} -> {Describe(user)}{(change.Unlock ? "; unlocked" : "")}", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Gives the user a new password made by the app (shown once to the administrator); their sessions end.</summary>
    /// <returns>The password, or null when there is no such user.</returns>
    public async Task<string?> ResetPasswordAsync(long userId, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (user is null) return null;
        var password = PasswordRules.Generate();
        user.PasswordHash = hasher.Hash(password);
        user.SecurityStamp = NewStamp();
        user.LockoutEnd = null;
        user.FailedSignIns = 0;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        sessions.Forget(user.Id);
        await audit.RecordAsync(actor, AuditActions.PasswordReset, null, user.UserName, null, cancellationToken).ConfigureAwait(false);
        return password;
    }

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    private static SignedInUser SignedIn(UserRow user, string agency) =>
        new(user.Id, user.UserName, user.DisplayName, agency, user.Roles.Select(r => r.Role).ToList(), user.SecurityStamp);

    private static UserSummary Summary(UserRow u) =>
        new(u.Id, u.UserName, u.DisplayName, u.AgencyId, u.Roles.Select(r => r.Role).Order(StringComparer.Ordinal).ToList(), u.Disabled, u.LockoutEnd, u.CreatedAt, u.LastSignInAt);

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static string Describe(UserRow u) =>
        $"agency {u.AgencyId.ToString(CultureInfo.InvariantCulture)}, roles {string.Join("+", u.Roles.Select(r => r.Role).Order(StringComparer.Ordinal))}{(u.Disabled ? ", disabled" : "")}";
}
