namespace Csp.Storage.Entities;

public sealed class InterventionBreachRow
{
    public long Id { get; set; }
    public long InterventionId { get; set; }
    public DateOnly BreachedOn { get; set; }
    public required string IncidentReference { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
