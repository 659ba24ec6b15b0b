using Csp.Workbench.Audit;

namespace Csp.Workbench.Performance;

/// <summary>Who enters a return, as the host knows them: user name, agency (by name), roles and the client's address.</summary>
public sealed record ReturnUser(string UserName, string AgencyName, IReadOnlyList<string> Roles, string? Address = null)
{
    public Actor Actor => new(UserName, Address);
}
