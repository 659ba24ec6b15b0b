namespace Csp.Storage.Entities;

/// <summary>A meeting of one of the partnership's groups (0019): one a group a day.</summary>
public sealed class MeetingRow
{
    public long Id { get; set; }
    public long GroupId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? Title { get; set; }
    public string? Location { get; set; }
    public string? Source { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
