namespace Csp.Storage.Entities;

/// <summary>Someone present at a meeting, or who sent apologies (0019): a name, a role, an agency and a work contact.</summary>
public sealed class MeetingAttendeeRow
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public string? Role { get; set; }
    public string? Agency { get; set; }
    public string? Contact { get; set; }
    public required string Attendance { get; set; }
}
