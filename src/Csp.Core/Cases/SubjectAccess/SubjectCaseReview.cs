namespace Csp.Core.Cases.SubjectAccess;

/// <summary>An ASB Case Review application the person made (or that was made for them), and what was decided.</summary>
public sealed record SubjectCaseReview(string Reference, string? CaseReference, DateOnly ReceivedOn, bool OnBehalf, bool Consent, int Qualifying, string ThresholdSummary,
    DateOnly? AcknowledgedOn, DateOnly? ThresholdDecidedOn, bool? ThresholdMet, DateOnly? ReviewHeldOn, DateOnly? OutcomeSentOn, int Recommendations, string? Decision);
