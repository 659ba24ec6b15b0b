using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;

namespace Csp.Workbench.Strategy;

/// <summary>
/// The signed-in user as the strategy and action plan use cases need them. Administrators and analysts see and update
/// every row; members and councillors read every row; partner and case officers see and update the rows of the groups
/// they sit on, nothing else.
/// </summary>
public sealed record PlanUser(string UserName, IReadOnlyList<string> Roles, string? Address = null)
{
    public bool ManagesPlan => Roles.Contains(Accounts.Roles.Administrator) || Roles.Contains(Accounts.Roles.Analyst);

    public bool ReadsWholePlan => ManagesPlan || Roles.Contains(Accounts.Roles.Member);

    public Actor Actor => new(UserName, Address);
}
