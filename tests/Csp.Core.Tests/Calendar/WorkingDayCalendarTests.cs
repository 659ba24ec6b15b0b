using Csp.Core.Calendar;
using static Csp.Core.Tests.Calendar.TestCalendars;

namespace Csp.Core.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = EnglandAndWales2025To2026;

    [Fact]
    public void Five_working_days_from_Thursday_18_December_2025_skip_Christmas_Boxing_Day_and_the_weekend()
    {
        // Day 1 Fri 19, 2 Mon 22, 3 Tue 23, 4 Wed 24; Thu 25 and Fri 26 are bank holidays, 27-28 a weekend; day 5 Mon 29.
        Assert.Equal(D("2025-12-29"), Calendar.AddWorkingDays(D("2025-12-18"), 5));
    }

    [Fact]
    public void Ten_working_days_from_Thursday_18_December_2025_also_skip_New_Years_Day()
    {
        // Day 6 Tue 30, 7 Wed 31; Thu 1 January is a bank holiday; 8 Fri 2, 9 Mon 5, 10 Tue 6 January 2026.
        Assert.Equal(D("2026-01-06"), Calendar.AddWorkingDays(D("2025-12-18"), 10));
    }

    [Fact]
    public void Day_one_is_the_first_working_day_after_receipt_even_when_receipt_is_a_working_day()
    {
        Assert.Equal(D("2025-03-04"), Calendar.AddWorkingDays(D("2025-03-03"), 1)); // Mon -> Tue
        Assert.Equal(D("2025-03-10"), Calendar.AddWorkingDays(D("2025-03-07"), 1)); // Fri -> Mon
    }

    [Fact]
    public void Receipt_on_a_weekend_or_bank_holiday_makes_the_next_working_day_day_one()
    {
        Assert.Equal(D("2025-03-10"), Calendar.AddWorkingDays(D("2025-03-08"), 1)); // Sat -> Mon
        // Good Friday 18 April 2025: Sat, Sun, Easter Monday pass; day 1 is Tuesday 22 April.
        Assert.Equal(D("2025-04-22"), Calendar.AddWorkingDays(D("2025-04-18"), 1));
    }

    [Fact]
    public void Zero_working_days_is_the_day_itself_and_a_negative_count_is_refused()
    {
        Assert.Equal(D("2025-12-25"), Calendar.AddWorkingDays(D("2025-12-25"), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2025-12-25"), -1));
    }

    [Fact]
    public void Twenty_working_days_from_6_January_2026_are_3_February()
    {
        // January 2026 from Wed 7: 7,8,9 (3), 12-16 (8), 19-23 (13), 26-30 (18), Mon 2 Feb (19), Tue 3 Feb (20).
        Assert.Equal(D("2026-02-03"), Calendar.AddWorkingDays(D("2026-01-06"), 20));
    }

    [Fact]
    public void Working_days_between_counts_after_the_first_day_up_to_and_including_the_second()
    {
        Assert.Equal(5, Calendar.WorkingDaysBetween(D("2025-12-18"), D("2025-12-29")));
        Assert.Equal(0, Calendar.WorkingDaysBetween(D("2025-12-18"), D("2025-12-18")));
        // Over Easter 2025: Thu 17 April to Wed 23 April: Tue 22 and Wed 23 only.
        Assert.Equal(2, Calendar.WorkingDaysBetween(D("2025-04-17"), D("2025-04-23")));
        Assert.Equal(-2, Calendar.WorkingDaysBetween(D("2025-04-23"), D("2025-04-17")));
        // A weekend day to the next Monday is one working day.
        Assert.Equal(1, Calendar.WorkingDaysBetween(D("2025-03-08"), D("2025-03-10")));
    }

    [Fact]
    public void The_whole_of_2025_has_253_working_days()
    {
        // 261 weekdays in 2025 (it starts and ends on a Wednesday: 52 weeks and one extra weekday) less its 8 bank holidays,
        // all on weekdays; counted after 31 December 2024, so every day of 2025 is in the count.
        Assert.Equal(261 - 8, Calendar.WorkingDaysBetween(D("2024-12-31"), D("2025-12-31")));
    }

    [Fact]
    public void Working_days_between_agrees_with_adding_working_days_day_by_day()
    {
        // The arithmetic count against the day-by-day walk, from every day of a fortnight over Christmas for 0 to 40 days.
        for (var start = D("2025-12-15"); start <= D("2025-12-31"); start = start.AddDays(1))
        {
            for (var n = 0; n <= 40; n++)
            {
                Assert.Equal(n, Calendar.WorkingDaysBetween(start, Calendar.AddWorkingDays(start, n)));
            }
        }
    }

    [Fact]
    public void Bank_holidays_and_weekends_are_not_working_days()
    {
        Assert.False(Calendar.IsWorkingDay(D("2025-12-25")));
        Assert.True(Calendar.IsBankHoliday(D("2026-12-28")));
        Assert.False(Calendar.IsWorkingDay(D("2025-12-27")));
        Assert.True(Calendar.IsWorkingDay(D("2025-12-24")));
    }

    [Fact]
    public void The_calendar_says_which_years_its_list_covers()
    {
        Assert.Equal(2025, Calendar.FirstYear);
        Assert.Equal(2026, Calendar.LastYear);
        Assert.True(Calendar.Covers(D("2026-12-31")));
        Assert.False(Calendar.Covers(D("2027-01-04")));
        Assert.False(new WorkingDayCalendar([]).Covers(D("2025-01-01")));
    }

    [Fact]
    public void A_holiday_given_twice_is_kept_once()
    {
        var calendar = new WorkingDayCalendar([new(D("2025-12-25"), "Christmas Day"), new(D("2025-12-25"), "Christmas Day")]);

        Assert.Single(calendar.Holidays);
        Assert.Equal(1, calendar.WorkingDaysBetween(D("2025-12-24"), D("2025-12-26")));
    }
}
