namespace Csp.Workbench.Cases;

/// <summary>
/// An appeal against a Case Review's outcome (the applicant's request that the way the review was decided be looked at
/// again, under the partnership's escalation procedure): when it was received and its grounds; once decided, the
/// decision (<see cref="CaseReviewAppeals.Decisions"/>), the reasons, when and by whom. Undecided while <see cref="DecidedOn"/> is null.
/// </summary>
public sealed record CaseReviewAppeal(long Id, DateOnly ReceivedOn, string Grounds, string? Decision, string? Reasons, DateOnly? DecidedOn, string? DecidedBy, string RecordedBy);
