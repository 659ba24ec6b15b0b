using Csp.Core.Cases.CaseReview;

namespace Csp.Workbench.Cases;

/// <summary>An ASB Case Review application on a case: the threshold check, its complaints, the steps' due dates as of today, and the appeals against its outcome.</summary>
public sealed record CaseReviewSummary(long Id, string Reference, DateOnly ReceivedOn, string? Applicant, bool OnBehalf, bool Consent, int Qualifying,
    string ThresholdSummary, bool? ThresholdMet, string? Decision, IReadOnlyList<ComplaintCheck> Complaints, IReadOnlyList<CaseReviewDeadline> Deadlines,
    IReadOnlyList<CaseReviewAppeal> Appeals);
