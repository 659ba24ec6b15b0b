namespace Csp.Storage.Entities;

/// <summary>An action arising from a meeting (0019), updated later until it is completed or dropped.</summary>
public sealed class MeetingActionRow
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public int Number { get; set; }
    public int? ItemNumber { get; set; }
    public required string Action { get; set; }
    public required string Owner { get; set; }
    public DateOnly? DueOn { get; set; }
    public required string Status { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
