namespace Csp.Storage.Entities;

/// <summary>One field of an action plan row changed in the web app, or the row added there (<see cref="Field"/> "added"), kept for good (0024).</summary>
public sealed class ActionPlanChangeRow
{
    public long Id { get; set; }
    public long ItemId { get; set; }
    public required string Field { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public required string ByUser { get; set; }
    public DateTimeOffset At { get; set; }
}
