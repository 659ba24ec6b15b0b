using Csp.Workbench.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Csp.Web.Accounts;

/// <summary>
/// ASP.NET Core Identity's PasswordHasher (PBKDF2; the hash carries its own parameters, so a change of them is noticed and the
/// password hashed again on the next sign-in) for the account use cases, which stay free of ASP.NET Core.
/// </summary>
internal sealed class IdentityPasswordHasher : IPasswordHasher
{
    private static readonly PasswordHasher<object> Hasher = new();

    // The hasher's format ignores the user (the parameter is for hashers that salt with it).
    private static readonly object Nobody = new();

    public string Hash(string password) => Hasher.HashPassword(Nobody, password);

    public PasswordCheck Verify(string hash, string password) => Hasher.VerifyHashedPassword(Nobody, hash, password) switch
    {
        PasswordVerificationResult.Success => PasswordCheck.Success,
        PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SuccessRehashNeeded,
        _ => PasswordCheck.Failed,
    };
}
