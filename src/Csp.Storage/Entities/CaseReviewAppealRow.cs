namespace Csp.Storage.Entities;

/// <summary>An appeal against a Case Review's outcome (table case_review_appeals, 0021): received, grounds, and once decided the decision, when and by whom.</summary>
public sealed class CaseReviewAppealRow
{
    public long Id { get; set; }
    public long ReviewId { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public required string Grounds { get; set; }
    public string? Decision { get; set; }
    public string? Reasons { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecidedBy { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
