namespace Csp.Storage.Entities;

/// <summary>An intervention on a case (the escalation ladder's type name), with conditions one per line.</summary>
public sealed class InterventionRow
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long? PersonId { get; set; }
    public required string InterventionType { get; set; }
    public required string Subject { get; set; }
    public DateOnly IssuedOn { get; set; }
    public long IssuingAgencyId { get; set; }
    public string? Conditions { get; set; }
    public DateOnly? ComplyBy { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public List<InterventionBreachRow> Breaches { get; set; } = [];
}
