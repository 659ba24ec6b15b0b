namespace Csp.Storage.Entities;

/// <summary>A decision a meeting took (0019).</summary>
public sealed class MeetingDecisionRow
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public int? ItemNumber { get; set; }
    public required string Text { get; set; }
    public string? ProposedBy { get; set; }
    public required string Outcome { get; set; }
}
