namespace Csp.Storage.Entities;

/// <summary>A quarterly update of an action plan row, kept for good (0015).</summary>
public sealed class ActionPlanUpdateRow
{
    public long Id { get; set; }
    public long ItemId { get; set; }
    public required string Quarter { get; set; }
    public required string Note { get; set; }
    public required string Status { get; set; }
    public required string Rag { get; set; }
    public required string ByUser { get; set; }
    public DateTimeOffset At { get; set; }
}
