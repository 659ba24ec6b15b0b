using Csp.Core.Cases.CaseReview;
using static Csp.Core.Tests.Calendar.TestCalendars;

namespace Csp.Core.Tests.Cases.CaseReview;

public sealed class CaseReviewThresholdTests
{
    private static readonly CaseReviewSettings Defaults = CaseReviewSettings.Default;

    private static ComplaintCheck Judge(string applied, string reported, string behaviour) =>
        CaseReviewThreshold.Judge(D(applied), new Complaint(D(reported), D(behaviour), "Police"), Defaults);

    [Fact]
    public void Behaviour_on_31_January_allows_a_complaint_up_to_28_February_and_not_1_March()
    {
        Assert.Equal(D("2025-02-28"), Judge("2025-06-01", "2025-02-28", "2025-01-31").ReportBy);
        Assert.True(Judge("2025-06-01", "2025-02-28", "2025-01-31").Qualifies);
        Assert.False(Judge("2025-06-01", "2025-03-01", "2025-01-31").Qualifies);
    }

    [Fact]
    public void In_a_leap_year_behaviour_on_31_January_allows_a_complaint_up_to_29_February()
    {
        var check = Judge("2024-06-01", "2024-02-29", "2024-01-31");

        Assert.Equal(D("2024-02-29"), check.ReportBy);
        Assert.True(check.Qualifies);
    }

    [Fact]
    public void Behaviour_on_28_February_allows_a_complaint_up_to_28_March_not_to_the_end_of_March()
    {
        Assert.True(Judge("2025-06-01", "2025-03-28", "2025-02-28").Qualifies);
        Assert.False(Judge("2025-06-01", "2025-03-31", "2025-02-28").Qualifies);
    }

    [Fact]
    public void A_complaint_made_on_31_August_supports_an_application_up_to_28_February_and_not_1_March()
    {
        Assert.Equal(D("2026-02-28"), Judge("2026-02-28", "2025-08-31", "2025-08-30").ApplyBy);
        Assert.True(Judge("2026-02-28", "2025-08-31", "2025-08-30").Qualifies);
        Assert.False(Judge("2026-03-01", "2025-08-31", "2025-08-30").Qualifies);
    }

    [Fact]
    public void A_complaint_made_the_day_of_the_behaviour_and_of_the_application_qualifies()
    {
        Assert.True(Judge("2025-05-10", "2025-05-10", "2025-05-10").Qualifies);
    }

    [Fact]
    public void A_complaint_made_after_the_application_does_not_qualify_and_says_so()
    {
        var check = Judge("2025-05-10", "2025-05-11", "2025-05-09");

        Assert.False(check.Qualifies);
        Assert.Equal("It does not qualify: it was made on 11 May 2025, after the application (10 May 2025).", check.Reason);
    }

    [Fact]
    public void A_complaint_dated_before_the_behaviour_it_reports_does_not_qualify_and_asks_for_the_dates_to_be_checked()
    {
        var check = Judge("2025-06-01", "2025-03-03", "2025-03-05");

        Assert.False(check.Qualifies);
        Assert.Equal("It does not qualify: it is dated 3 March 2025, before the behaviour it reports (5 March 2025); check the dates.", check.Reason);
    }

    [Fact]
    public void A_late_complaint_gives_the_day_it_had_to_be_made_by()
    {
        Assert.Equal(
            "It does not qualify: it was made on 1 March 2025, more than one month after the behaviour it reports (31 January 2025); " +
            "to qualify it had to be made by 28 February 2025.",
            Judge("2025-06-01", "2025-03-01", "2025-01-31").Reason);
    }

    [Fact]
    public void An_old_complaint_gives_the_day_the_application_had_to_be_made_by()
    {
        Assert.Equal(
            "It does not qualify: the application (1 March 2026) was made more than six months after it (31 August 2025); " +
            "the application had to be made by 28 February 2026 to rely on it.",
            Judge("2026-03-01", "2025-08-31", "2025-08-30").Reason);
    }

    [Fact]
    public void A_qualifying_complaint_says_why_it_qualifies()
    {
        Assert.Equal(
            "It qualifies: made on 12 February 2025, within one month of the behaviour it reports (10 February 2025, so by " +
            "10 March 2025), and the application (1 June 2025) was made within six months of it (by 12 August 2025).",
            Judge("2025-06-01", "2025-02-12", "2025-02-10").Reason);
    }

    [Fact]
    public void Three_qualifying_complaints_meet_the_threshold()
    {
        var result = CaseReviewThreshold.Check(D("2025-06-01"),
        [
            new(D("2025-02-12"), D("2025-02-10"), "Police"),
            new(D("2025-03-20"), D("2025-03-01"), "Gravesham Borough Council"),
            new(D("2025-05-30"), D("2025-05-29"), "Housing association"),
        ], Defaults);

        Assert.True(result.Met);
        Assert.Equal(3, result.Qualifying);
        Assert.Equal(3, result.Required);
        Assert.Equal("The threshold is met: 3 of 3 complaints qualify; 3 are needed.", result.Summary);
    }

    [Fact]
    public void Two_qualifying_complaints_and_a_late_one_do_not_meet_the_threshold_and_each_is_judged_in_order()
    {
        var result = CaseReviewThreshold.Check(D("2025-06-01"),
        [
            new(D("2025-02-12"), D("2025-02-10"), "Police"),
            new(D("2025-04-15"), D("2025-03-01"), "Council"), // 1 April was the last day
            new(D("2025-05-30"), D("2025-05-29"), "Housing association"),
        ], Defaults);

        Assert.False(result.Met);
        Assert.Equal(2, result.Qualifying);
        Assert.Equal([true, false, true], result.Complaints.Select(c => c.Qualifies));
        Assert.Equal(D("2025-04-01"), result.Complaints[1].ReportBy);
        Assert.Equal("The threshold is not met: 2 of 3 complaints qualify; 3 are needed.", result.Summary);
    }

    [Fact]
    public void Local_settings_change_the_count_and_the_windows()
    {
        var settings = Defaults with { QualifyingComplaints = 2, ComplaintWithinMonths = 2, ApplicationWithinMonths = 3 };
        Complaint[] complaints =
        [
            new(D("2025-04-15"), D("2025-03-01"), "Council"),      // within two months (by 1 May)
            new(D("2025-02-27"), D("2025-02-20"), "Police"),       // application 1 June is after 27 May: too old for three months
            new(D("2025-05-30"), D("2025-05-29"), "Housing association"),
        ];

        var result = CaseReviewThreshold.Check(D("2025-06-01"), complaints, settings);

        Assert.True(result.Met);
        Assert.Equal([true, false, true], result.Complaints.Select(c => c.Qualifies));
        Assert.Contains("more than three months after it", result.Complaints[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_complaints_do_not_meet_the_threshold()
    {
        var result = CaseReviewThreshold.Check(D("2025-06-01"), [], Defaults);

        Assert.False(result.Met);
        Assert.Equal(0, result.Qualifying);
        Assert.Equal("The threshold is not met: no complaints were given; 3 are needed.", result.Summary);
    }
}
