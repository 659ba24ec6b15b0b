namespace Csp.Workbench.Accounts;

/// <summary>A member agency a user can belong to.</summary>
public sealed record AgencyChoice(long Id, string Name, string Kind);
