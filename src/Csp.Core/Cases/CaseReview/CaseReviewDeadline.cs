using Csp.Core.Calendar;

namespace Csp.Core.Cases.CaseReview;

/// <summary>When one step of a Case Review is due, and what it is counted from.</summary>
/// <param name="CountedFrom">Day 0 of the count: receipt, the decision, or the review meeting.</param>
/// <param name="Provisional">True when it is counted from an earlier step's due date because that step has not happened
/// yet: it moves when the earlier step is done earlier or later.</param>
/// <param name="Basis">The rule in words, e.g. "20 working days after the threshold decision (Tuesday 6 January 2026)".</param>
/// <param name="Covered">False when the due date falls in a year the bank holiday list does not cover: it may be wrong.</param>
public sealed record CaseReviewDeadline(
    CaseReviewStep Step,
    Deadline Deadline,
    DateOnly CountedFrom,
    int WorkingDays,
    bool Provisional,
    string Basis,
    bool Covered)
{
    public DateOnly Due => Deadline.Due;

    public DeadlineStatus StatusOn(DateOnly today) => Deadline.StatusOn(today);
}
