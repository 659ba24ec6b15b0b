namespace Csp.Storage.Entities;

/// <summary>A Management Group decision on an assessment's recommended priorities (0015).</summary>
public sealed class PriorityDecisionRow
{
    public long Id { get; set; }
    public required string AreaCode { get; set; }
    public required string AreaName { get; set; }
    public required string Period { get; set; }
    public required string PeriodLabel { get; set; }
    public required string GroupName { get; set; }
    public DateOnly MeetingOn { get; set; }
    public required string Reasons { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateOnly? EndorsedOn { get; set; }
    /// <summary>The meeting that took it (0019); null when its group is not one of the structure's.</summary>
    public long? MeetingId { get; set; }
}
