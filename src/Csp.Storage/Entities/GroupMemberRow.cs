namespace Csp.Storage.Entities;

/// <summary>A user who sits on a group (0015).</summary>
public sealed class GroupMemberRow
{
    public long GroupId { get; set; }
    public required string UserName { get; set; }
    public required string Role { get; set; }
    public DateOnly AddedOn { get; set; }
    public string? AddedBy { get; set; }
}
