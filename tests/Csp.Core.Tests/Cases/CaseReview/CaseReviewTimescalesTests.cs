using Csp.Core.Calendar;
using Csp.Core.Cases.CaseReview;
using static Csp.Core.Tests.Calendar.TestCalendars;

namespace Csp.Core.Tests.Cases.CaseReview;

public sealed class CaseReviewTimescalesTests
{
    private static readonly WorkingDayCalendar Calendar = EnglandAndWales2025To2026;
    private static readonly CaseReviewApplication ReceivedThursday18December = new("CR-2025-007", D("2025-12-18"));

    private static IReadOnlyList<CaseReviewDeadline> For(CaseReviewApplication application) =>
        CaseReviewTimescales.For(application, CaseReviewSettings.Default, Calendar);

    [Fact]
    public void An_application_received_on_18_December_2025_is_acknowledged_by_29_December_and_decided_by_6_January()
    {
        var deadlines = For(ReceivedThursday18December);

        Assert.Equal(CaseReviewStep.Acknowledgement, deadlines[0].Step);
        Assert.Equal(D("2025-12-29"), deadlines[0].Due); // 5 working days: 19, 22, 23, 24, 29 (25, 26 bank holidays)
        Assert.Equal(D("2026-01-06"), deadlines[1].Due); // 10: then 30, 31, 2, 5, 6 (1 January a bank holiday)
        Assert.Equal("five working days after receipt (Thursday 18 December 2025)", deadlines[0].Basis);
        Assert.False(deadlines[0].Provisional);
    }

    [Fact]
    public void Before_the_decision_the_meeting_and_letter_are_counted_from_the_due_dates_and_marked_provisional()
    {
        var deadlines = For(ReceivedThursday18December);

        Assert.Equal(4, deadlines.Count);
        // 20 working days after Tuesday 6 January 2026: 7-9 (3), 12-16 (8), 19-23 (13), 26-30 (18), 2 Feb (19), 3 Feb (20).
        Assert.Equal(D("2026-02-03"), deadlines[2].Due);
        Assert.True(deadlines[2].Provisional);
        // 5 working days after Tuesday 3 February: 4, 5, 6, 9, 10.
        Assert.Equal(D("2026-02-10"), deadlines[3].Due);
        Assert.True(deadlines[3].Provisional);
        Assert.Equal("20 working days after the threshold decision's due date (Tuesday 6 January 2026)", deadlines[2].Basis);
    }

    [Fact]
    public void Once_the_threshold_is_decided_as_met_the_meeting_is_counted_from_the_decision_itself()
    {
        var decided = ReceivedThursday18December with { ThresholdDecidedOn = D("2026-01-05"), ThresholdMet = true, AcknowledgedOn = D("2025-12-19") };

        var deadlines = For(decided);

        // 20 working days after Monday 5 January: 6-9 (4), 12-16 (9), 19-23 (14), 26-30 (19), Monday 2 February (20).
        Assert.Equal(D("2026-02-02"), deadlines[2].Due);
        Assert.False(deadlines[2].Provisional);
        Assert.Equal("20 working days after the threshold decision (Monday 5 January 2026)", deadlines[2].Basis);
        Assert.Equal(DeadlineStatus.Met, deadlines[0].StatusOn(D("2026-01-05")));
        Assert.Equal(DeadlineStatus.Met, deadlines[1].StatusOn(D("2026-01-05")));
    }

    [Fact]
    public void When_the_threshold_is_not_met_there_is_no_meeting_and_no_outcome_letter()
    {
        var decided = ReceivedThursday18December with { ThresholdDecidedOn = D("2026-01-07"), ThresholdMet = false };

        var deadlines = For(decided);

        Assert.Equal([CaseReviewStep.Acknowledgement, CaseReviewStep.ThresholdDecision], deadlines.Select(d => d.Step));
        Assert.Equal(DeadlineStatus.MetLate, deadlines[1].StatusOn(D("2026-01-07")));
    }

    [Fact]
    public void The_outcome_letter_is_counted_from_the_meeting_once_it_is_held()
    {
        var held = ReceivedThursday18December with
        {
            ThresholdDecidedOn = D("2026-01-05"), ThresholdMet = true, ReviewHeldOn = D("2026-01-30"),
        };

        // 5 working days after Friday 30 January 2026: 2, 3, 4, 5, 6 February.
        Assert.Equal(D("2026-02-06"), For(held)[3].Due);
        Assert.False(For(held)[3].Provisional);
    }

    [Fact]
    public void Overdue_lists_the_steps_not_done_by_their_due_dates()
    {
        var acknowledged = ReceivedThursday18December with { AcknowledgedOn = D("2025-12-22") };

        Assert.Empty(CaseReviewTimescales.Overdue(acknowledged, D("2026-01-06"), CaseReviewSettings.Default, Calendar));
        Assert.Equal([CaseReviewStep.ThresholdDecision],
            CaseReviewTimescales.Overdue(acknowledged, D("2026-01-07"), CaseReviewSettings.Default, Calendar).Select(d => d.Step));
        Assert.Equal([CaseReviewStep.Acknowledgement, CaseReviewStep.ThresholdDecision],
            CaseReviewTimescales.Overdue(ReceivedThursday18December, D("2026-01-07"), CaseReviewSettings.Default, Calendar).Select(d => d.Step));
    }

    [Fact]
    public void A_due_date_beyond_the_bank_holiday_list_is_marked_as_not_covered()
    {
        var late = new CaseReviewApplication("CR-2026-040", D("2026-12-18"));

        var deadlines = For(late);

        Assert.True(deadlines[0].Covered);  // Tuesday 29 December 2026 (28 December is the Boxing Day substitute)
        Assert.Equal(D("2026-12-29"), deadlines[0].Due);
        Assert.False(deadlines[1].Covered); // in January 2027, which the list does not cover
    }

    [Fact]
    public void Local_timescales_replace_the_defaults()
    {
        var settings = CaseReviewSettings.Default with { AcknowledgementWorkingDays = 2, ThresholdDecisionWorkingDays = 15 };

        var deadlines = CaseReviewTimescales.For(ReceivedThursday18December, settings, Calendar);

        Assert.Equal(D("2025-12-22"), deadlines[0].Due);
        // 15: after 6 January (10): 7, 8, 9, 12, 13.
        Assert.Equal(D("2026-01-13"), deadlines[1].Due);
    }
}
