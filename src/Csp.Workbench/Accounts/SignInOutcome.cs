namespace Csp.Workbench.Accounts;

/// <summary>What a sign-in attempt came to. <see cref="User"/> is set only when it succeeded.</summary>
public sealed record SignInOutcome(SignInResult Result, SignedInUser? User, DateTimeOffset? LockedUntil);
