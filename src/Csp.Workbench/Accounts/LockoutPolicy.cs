namespace Csp.Workbench.Accounts;

/// <summary>After <paramref name="Failures"/> failed sign-ins in a row a name is locked for <paramref name="Minutes"/> minutes.</summary>
public sealed record LockoutPolicy(int Failures, int Minutes);
