namespace Csp.Workbench.Accounts;

/// <summary>An administrator's changes to a user: name, agency, roles, disabled, and whether to lift a lockout.</summary>
public sealed record UserChange(long UserId, string DisplayName, long AgencyId, IReadOnlyCollection<string> Roles, bool Disabled, bool Unlock);
