namespace Csp.Workbench.Accounts;

public enum SignInResult
{
    SignedIn,
    /// <summary>Unknown user or wrong password: the page does not say which.</summary>
    Failed,
    /// <summary>Too many failures in a row, for a known name or an unknown one alike (the answer must not tell which).</summary>
    LockedOut,
    Disabled,
}
