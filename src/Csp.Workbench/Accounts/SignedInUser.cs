namespace Csp.Workbench.Accounts;

/// <summary>Who a session stands for: what the host puts in its sign-in cookie, with the security stamp the session is checked against.</summary>
public sealed record SignedInUser(long Id, string UserName, string DisplayName, string AgencyName, IReadOnlyList<string> Roles, string SecurityStamp);
