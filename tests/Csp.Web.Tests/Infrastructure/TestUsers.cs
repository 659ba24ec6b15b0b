using Csp.Workbench.Accounts;

namespace Csp.Web.Tests.Infrastructure;

/// <summary>One user per role, created in every test app, and the first administrator's password the tests give.</summary>
public static class TestUsers
{
    public const string AdminPassword = "first-run-secret-for-tests";
    public const string Password = "a-long-enough-test-password";

    public static readonly (string UserName, string Role)[] ByRole =
    [
        ("t.admin", Roles.Administrator),
        ("t.analyst", Roles.Analyst),
        ("t.partner", Roles.PartnerOfficer),
        ("t.case", Roles.CaseOfficer),
        ("t.member", Roles.Member),
    ];

    public static string For(string role) => ByRole.First(u => u.Role == role).UserName;
}
