namespace Csp.Core.Calendar;

/// <summary>
/// Working days in England and Wales: Monday to Friday, less the bank holidays given (GOV.UK's list, which the
/// administrator keeps up to date in data/config/bank-holidays-england-and-wales.csv). Nothing here computes a holiday:
/// one-off holidays (a jubilee, a state funeral, a coronation) and moved ones (VE day 2020) are proclaimed, not derived.
/// </summary>
/// <remarks>
/// Counting follows the statutory-guidance convention: the day something is received is day 0, and <b>day 1 is the first
/// working day after receipt</b>, even when receipt itself is a working day. Receipt on a Saturday makes the Monday day 1.
/// Dates outside the years the list covers are counted as if they had no bank holidays; <see cref="Covers"/> says when
/// that happens, so that a due date in an uncovered year can be shown with a warning rather than trusted.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly int[] _weekdayHolidayNumbers; // DayNumber of each weekday holiday, ascending, distinct

    public WorkingDayCalendar(IEnumerable<BankHoliday> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        Holidays = holidays.DistinctBy(h => h.Date).OrderBy(h => h.Date).ToList();
        _holidays = Holidays.Select(h => h.Date).ToHashSet();
        _weekdayHolidayNumbers = Holidays.Where(h => !IsWeekend(h.Date)).Select(h => h.Date.DayNumber).ToArray();
        if (Holidays.Count > 0)
        {
            FirstYear = Holidays[0].Date.Year;
            LastYear = Holidays[^1].Date.Year;
        }
    }

    /// <summary>The holidays, one per date, in date order.</summary>
    public IReadOnlyList<BankHoliday> Holidays { get; }

    /// <summary>The first calendar year the list covers (0 when it is empty).</summary>
    public int FirstYear { get; }

    /// <summary>The last calendar year the list covers (0 when it is empty).</summary>
    public int LastYear { get; }

    /// <summary>True when the list covers the year of <paramref name="date"/>, so its bank holidays are known.</summary>
    public bool Covers(DateOnly date) => date.Year >= FirstYear && date.Year <= LastYear && Holidays.Count > 0;

    public bool IsBankHoliday(DateOnly date) => _holidays.Contains(date);

    public bool IsWorkingDay(DateOnly date) => !IsWeekend(date) && !_holidays.Contains(date);

    /// <summary>
    /// The date of working day <paramref name="workingDays"/> counted from <paramref name="received"/>: day 1 is the
    /// first working day after it. Zero gives <paramref name="received"/> itself.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly received, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = received;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>, so that
    /// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>; negative (the same count, negated) when
    /// <paramref name="to"/> is before <paramref name="from"/>. Constant time in the span: weekdays by arithmetic, bank
    /// holidays by binary search.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var weekdays = WeekdaysUpTo(to.DayNumber) - WeekdaysUpTo(from.DayNumber);
        return (int)(weekdays - (HolidaysUpTo(to.DayNumber) - HolidaysUpTo(from.DayNumber)));
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    // Day number 0 (1 January 0001) was a Monday, so days 0-4 of every seven are weekdays.
    private static long WeekdaysUpTo(int dayNumber)
    {
        long days = dayNumber + 1L;
        return 5 * (days / 7) + Math.Min(days % 7, 5);
    }

    // Weekday holidays with a day number <= dayNumber.
    private int HolidaysUpTo(int dayNumber)
    {
        var i = Array.BinarySearch(_weekdayHolidayNumbers, dayNumber);
        return i >= 0 ? i + 1 : ~i;
    }
}
