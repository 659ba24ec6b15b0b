using Csp.Core.Calendar;

namespace Csp.Core.Cases.CaseReview;

/// <summary>
/// The due dates of an ASB Case Review in working days (<see cref="CaseReviewSettings"/>; day 1 is the first working day
/// after the day counted from): acknowledgement and threshold decision from receipt, the review meeting from the
/// decision, the outcome letter from the meeting. A step counted from one not yet done is counted from that step's due
/// date and marked provisional. When the threshold is not met there is no meeting and no outcome letter: the decision
/// letter closes the application.
/// </summary>
public static class CaseReviewTimescales
{
    public static IReadOnlyList<CaseReviewDeadline> For(CaseReviewApplication application, CaseReviewSettings settings, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(calendar);
        var received = application.ReceivedOn;
        var receivedText = $"receipt ({CaseWords.Date(received)})";
        var deadlines = new List<CaseReviewDeadline>(4)
        {
            Make(CaseReviewStep.Acknowledgement, received, settings.AcknowledgementWorkingDays, application.AcknowledgedOn, false, receivedText, calendar),
        };
        var decision = Make(CaseReviewStep.ThresholdDecision, received, settings.ThresholdDecisionWorkingDays, application.ThresholdDecidedOn, false, receivedText, calendar);
        deadlines.Add(decision);
        if (application.ThresholdMet == false) return deadlines;

        var decidedOn = application.ThresholdDecidedOn ?? decision.Due;
        var decisionText = application.ThresholdDecidedOn is null
            ? $"the threshold decision's due date ({CaseWords.Date(decidedOn)})"
            : $"the threshold decision ({CaseWords.Date(decidedOn)})";
        var meeting = Make(CaseReviewStep.ReviewMeeting, decidedOn, settings.ReviewMeetingWorkingDays, application.ReviewHeldOn,
            application.ThresholdDecidedOn is null, decisionText, calendar);
        deadlines.Add(meeting);

        var heldOn = application.ReviewHeldOn ?? meeting.Due;
        var meetingText = application.ReviewHeldOn is null
            ? $"the review meeting's due date ({CaseWords.Date(heldOn)})"
            : $"the review meeting ({CaseWords.Date(heldOn)})";
        deadlines.Add(Make(CaseReviewStep.OutcomeLetter, heldOn, settings.OutcomeLetterWorkingDays, application.OutcomeSentOn,
            application.ReviewHeldOn is null, meetingText, calendar));
        return deadlines;
    }

    /// <summary>The steps not done whose due date has passed by <paramref name="today"/>.</summary>
    public static IReadOnlyList<CaseReviewDeadline> Overdue(CaseReviewApplication application, DateOnly today, CaseReviewSettings settings, WorkingDayCalendar calendar) =>
        For(application, settings, calendar).Where(d => d.StatusOn(today) == DeadlineStatus.Overdue).ToList();

    private static CaseReviewDeadline Make(CaseReviewStep step, DateOnly from, int workingDays, DateOnly? doneOn, bool provisional, string fromText, WorkingDayCalendar calendar)
    {
        var due = calendar.AddWorkingDays(from, workingDays);
        var basis = $"{CaseWords.Count(workingDays, "working day", "working days")} after {fromText}";
        return new CaseReviewDeadline(step, new Deadline(due, doneOn), from, workingDays, provisional, basis, calendar.Covers(from) && calendar.Covers(due));
    }
}
