namespace Csp.Workbench.Accounts;

/// <summary>A new account, with its password (one the app made is shown once, then only its hash is kept).</summary>
public sealed record CreatedUser(long Id, string UserName, string Password);
