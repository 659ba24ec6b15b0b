using System.Security.Cryptography;

namespace Csp.Workbench.Accounts;

/// <summary>What a password must be, and passwords the app makes: long rather than complicated (NCSC guidance).</summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;

    /// <returns>Why the password is refused, or null when it is acceptable.</returns>
    public static string? Check(string? password, string userName)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength) return $"A password needs at least {MinimumLength} characters.";
        if (password.Length > 200) return "A password can have at most 200 characters.";
        if (password.Contains(userName, StringComparison.OrdinalIgnoreCase)) return "A password must not contain the user name.";
        return null;
    }

    /// <summary>Four groups of five letters and digits (about 100 bits), without look-alike characters.</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        var chars = new char[23];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 6 == 5 ? '-' : alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }
        return new string(chars);
    }
}
