namespace Csp.Storage.Entities;

/// <summary>A task raised at a briefing or meeting. <see cref="RaisedBy"/> and <see cref="RaisedByAgency"/> never change: the raiser keeps ownership.</summary>
public sealed class TaskingRow
{
    public long Id { get; set; }
    public required string Reference { get; set; }
    public required string What { get; set; }
    public string? WhereText { get; set; }
    public string? AreaCode { get; set; }
    public required string RaisedBy { get; set; }
    public required string RaisedByAgency { get; set; }
    public required string OwnerAgency { get; set; }
    public string? OwnerOfficer { get; set; }
    public DateOnly RaisedOn { get; set; }
    public DateOnly DueOn { get; set; }
    /// <summary>Open, InProgress, Completed or Closed (<see cref="Core.Taskings.TaskingStatus"/>).</summary>
    public required string Status { get; set; }
    public string? Outcome { get; set; }
    /// <summary>Incident ids, comma-separated.</summary>
    public string? RelatedIncidents { get; set; }
    public string? CaseReference { get; set; }
    public long? BriefingId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
