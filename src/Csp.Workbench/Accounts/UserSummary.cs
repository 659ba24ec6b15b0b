namespace Csp.Workbench.Accounts;

/// <summary>A user as the administrator's pages show them (never the password hash).</summary>
public sealed record UserSummary(long Id, string UserName, string DisplayName, long AgencyId, IReadOnlyList<string> Roles, bool Disabled,
    DateTimeOffset? LockoutEnd, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt);
