namespace Csp.Storage.Entities;

/// <summary>A role a user holds: Administrator, Analyst, PartnerOfficer or Member.</summary>
public sealed class UserRoleRow
{
    public long UserId { get; set; }
    public required string Role { get; set; }
}
