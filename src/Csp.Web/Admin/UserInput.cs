namespace Csp.Web.Admin;

/// <summary>The add-user form.</summary>
public sealed class UserInput
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public long AgencyId { get; set; }
    public List<string> Roles { get; set; } = [];
    public string? Password { get; set; }
}
