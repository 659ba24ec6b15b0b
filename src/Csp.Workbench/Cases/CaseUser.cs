using Csp.Workbench.Audit;

namespace Csp.Workbench.Cases;

/// <summary>Who asks, as the host knows them: user name, agency (by name, as the session carries it), roles, and the client's address.</summary>
public sealed record CaseUser(string UserName, string AgencyName, IReadOnlyList<string> Roles, string? Address = null)
{
    public Actor Actor => new(UserName, Address);
}
