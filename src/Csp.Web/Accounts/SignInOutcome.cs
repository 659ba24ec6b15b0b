using Csp.Storage.Entities;

namespace Csp.Web.Accounts;

/// <summary>What a sign-in attempt came to. <see cref="User"/> is set only when it succeeded.</summary>
public sealed record SignInOutcome(SignInResult Result, UserRow? User, DateTimeOffset? LockedUntil);

public enum SignInResult
{
    SignedIn,
    /// <summary>Unknown user or wrong password: the page does not say which.</summary>
    Failed,
    LockedOut,
    Disabled,
}
