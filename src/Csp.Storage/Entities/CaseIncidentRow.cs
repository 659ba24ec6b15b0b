namespace Csp.Storage.Entities;

/// <summary>An incident on a case (table case_incidents): when, what happened, who reported it to which agency, its reference.</summary>
public sealed class CaseIncidentRow
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateOnly OccurredOn { get; set; }
    /// <summary>HH:mm when known.</summary>
    public string? OccurredAt { get; set; }
    public required string Description { get; set; }
    public long? ReportedById { get; set; }
    public long? ReportedToAgency { get; set; }
    public string? Reference { get; set; }
    public string? Location { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
