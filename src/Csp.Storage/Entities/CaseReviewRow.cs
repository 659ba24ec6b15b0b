namespace Csp.Storage.Entities;

/// <summary>An ASB Case Review application (table case_reviews), the threshold check made on receipt and what was done since.</summary>
public sealed class CaseReviewRow
{
    public long Id { get; set; }
    public long? CaseId { get; set; }
    public required string Reference { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public long? ApplicantId { get; set; }
    public bool OnBehalf { get; set; }
    public bool Consent { get; set; }
    public int Qualifying { get; set; }
    public required string ThresholdSummary { get; set; }
    public DateOnly AcknowledgeBy { get; set; }
    public DateOnly DecisionBy { get; set; }
    public DateOnly? AcknowledgedOn { get; set; }
    public DateOnly? ThresholdDecidedOn { get; set; }
    public bool? ThresholdMet { get; set; }
    public DateOnly? ReviewHeldOn { get; set; }
    public DateOnly? OutcomeSentOn { get; set; }
    public int Recommendations { get; set; }
    public string? Decision { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public List<CaseReviewComplaintRow> Complaints { get; set; } = [];
}
