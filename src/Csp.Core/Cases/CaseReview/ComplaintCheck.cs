namespace Csp.Core.Cases.CaseReview;

/// <summary>One complaint as the threshold check judged it, with the reason in words (why it does or does not qualify).</summary>
/// <param name="ReportBy">The last day on which the complaint could be made and qualify: the behaviour's date plus the
/// complaint window in calendar months, clamped to the month's end (31 January + 1 month = 28 or 29 February).</param>
/// <param name="ApplyBy">The last day on which the application could be made and rely on this complaint.</param>
public sealed record ComplaintCheck(
    DateOnly ReportedOn,
    DateOnly BehaviourOn,
    string Agency,
    bool Qualifies,
    string Reason,
    DateOnly ReportBy,
    DateOnly ApplyBy);
