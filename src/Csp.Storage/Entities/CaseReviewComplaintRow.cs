namespace Csp.Storage.Entities;

public sealed class CaseReviewComplaintRow
{
    public long Id { get; set; }
    public long ReviewId { get; set; }
    public DateOnly ReportedOn { get; set; }
    public DateOnly BehaviourOn { get; set; }
    public required string Agency { get; set; }
    public bool Qualifies { get; set; }
    public required string Reason { get; set; }
}
