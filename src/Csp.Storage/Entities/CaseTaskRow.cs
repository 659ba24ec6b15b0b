namespace Csp.Storage.Entities;

/// <summary>A task on a case: what, for whom (an officer or agency), by when, and its outcome once done.</summary>
public sealed class CaseTaskRow
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public required string Title { get; set; }
    public string? AssignedTo { get; set; }
    public long? AgencyId { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? Outcome { get; set; }
    /// <summary>What the task is for when a use case acts on it (0017): <c>panel-referral</c>, which a referral to the Vulnerability Panel completes.</summary>
    public string? Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
