namespace Csp.Core.Cases.CaseReview;

/// <summary>
/// The partnership's local settings for the ASB Case Review ("Community Trigger", Anti-social Behaviour, Crime and
/// Policing Act 2014 ss.104-105 and Schedule 4). The Act leaves the threshold and timescales to the local procedure;
/// the defaults are the ones most procedures publish. Months are calendar months; timescales are working days in
/// England and Wales (see <see cref="Calendar.WorkingDayCalendar"/>: day 1 is the first working day after receipt).
/// </summary>
public sealed record CaseReviewSettings
{
    public static CaseReviewSettings Default { get; } = new();

    /// <summary>How many qualifying complaints meet the threshold (at least this many).</summary>
    public int QualifyingComplaints { get; init; } = 3;

    /// <summary>A complaint qualifies only if made within this many calendar months of the behaviour it reports.</summary>
    public int ComplaintWithinMonths { get; init; } = 1;

    /// <summary>A complaint qualifies only if the application is made within this many calendar months of it.</summary>
    public int ApplicationWithinMonths { get; init; } = 6;

    /// <summary>Working days from receipt of the application to its acknowledgement.</summary>
    public int AcknowledgementWorkingDays { get; init; } = 5;

    /// <summary>Working days from receipt of the application to the decision whether the threshold is met.</summary>
    public int ThresholdDecisionWorkingDays { get; init; } = 10;

    /// <summary>Working days from the threshold decision to the review meeting (only when the threshold is met).</summary>
    public int ReviewMeetingWorkingDays { get; init; } = 20;

    /// <summary>Working days from the review meeting to the letter that tells the applicant its outcome.</summary>
    public int OutcomeLetterWorkingDays { get; init; } = 5;

    /// <summary>What is wrong with these settings, in words; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (QualifyingComplaints < 1) problems.Add($"The number of qualifying complaints must be at least 1 (it is {QualifyingComplaints}).");
        if (ComplaintWithinMonths < 1) problems.Add($"A complaint's window must be at least one month (it is {ComplaintWithinMonths}).");
        if (ApplicationWithinMonths < 1) problems.Add($"The application's window must be at least one month (it is {ApplicationWithinMonths}).");
        void Days(int value, string what)
        {
            if (value < 0) problems.Add($"The {what} timescale cannot be negative (it is {value} working days).");
        }
        Days(AcknowledgementWorkingDays, "acknowledgement");
        Days(ThresholdDecisionWorkingDays, "threshold decision");
        Days(ReviewMeetingWorkingDays, "review meeting");
        Days(OutcomeLetterWorkingDays, "outcome letter");
        return problems;
    }
}
