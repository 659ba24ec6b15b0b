using Csp.Core.Calendar;
using static Csp.Core.Tests.Calendar.TestCalendars;

namespace Csp.Core.Tests.Calendar;

public sealed class DeadlineTests
{
    private static readonly Deadline DueMonday29December = new(D("2025-12-29"));

    [Fact]
    public void An_outstanding_deadline_is_due_up_to_and_including_its_date_and_overdue_the_day_after()
    {
        Assert.Equal(DeadlineStatus.Due, DueMonday29December.StatusOn(D("2025-12-18")));
        Assert.Equal(DeadlineStatus.Due, DueMonday29December.StatusOn(D("2025-12-29")));
        Assert.Equal(DeadlineStatus.Overdue, DueMonday29December.StatusOn(D("2025-12-30")));
        Assert.True(DueMonday29December.IsOverdueOn(D("2025-12-30")));
    }

    [Fact]
    public void Done_on_the_due_date_is_met_and_done_after_it_is_met_late_whatever_today_is()
    {
        Assert.Equal(DeadlineStatus.Met, (DueMonday29December with { DoneOn = D("2025-12-29") }).StatusOn(D("2026-03-01")));
        Assert.Equal(DeadlineStatus.MetLate, (DueMonday29December with { DoneOn = D("2025-12-30") }).StatusOn(D("2025-12-30")));
    }

    [Fact]
    public void Working_days_left_count_down_to_zero_on_the_due_date_and_go_negative_when_late()
    {
        var calendar = EnglandAndWales2025To2026;

        Assert.Equal(5, DueMonday29December.WorkingDaysLeft(D("2025-12-18"), calendar));
        Assert.Equal(1, DueMonday29December.WorkingDaysLeft(D("2025-12-24"), calendar)); // 25-28 are not working days
        Assert.Equal(0, DueMonday29December.WorkingDaysLeft(D("2025-12-29"), calendar));
        Assert.Equal(-2, DueMonday29December.WorkingDaysLeft(D("2025-12-31"), calendar));
        // Done on Friday 2 January 2026: Tue 30, Wed 31, Fri 2 (New Year's Day is a holiday): three working days late.
        Assert.Equal(-3, (DueMonday29December with { DoneOn = D("2026-01-02") }).WorkingDaysLeft(D("2026-02-01"), calendar));
    }
}
