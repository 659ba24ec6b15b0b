namespace Csp.Workbench.Accounts;

/// <summary>
/// Hashes and checks passwords. The web host supplies ASP.NET Core Identity's PasswordHasher (PBKDF2, in the ASP.NET shared
/// framework), so that the use cases stay free of ASP.NET Core.
/// </summary>
public interface IPasswordHasher
{
    string Hash(string password);

    PasswordCheck Verify(string hash, string password);
}
