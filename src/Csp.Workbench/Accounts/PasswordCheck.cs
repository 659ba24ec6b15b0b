namespace Csp.Workbench.Accounts;

public enum PasswordCheck
{
    Failed,
    Success,
    /// <summary>Right, but hashed with older parameters: hash it again.</summary>
    SuccessRehashNeeded,
}
