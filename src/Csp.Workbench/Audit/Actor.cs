namespace Csp.Workbench.Audit;

/// <summary>Who acts and from where, as the host knows it (the signed-in name, the client's address); either may be unknown.</summary>
public sealed record Actor(string? UserName, string? Address)
{
    public static Actor System { get; } = new(null, null);
}
