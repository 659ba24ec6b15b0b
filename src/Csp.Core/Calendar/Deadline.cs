namespace Csp.Core.Calendar;

/// <summary>
/// Something that must be done by a date: <see cref="Due"/> is the last day on which doing it is on time (inclusive),
/// so a letter sent on its due date has met it and the deadline is overdue from the next day.
/// </summary>
/// <param name="DoneOn">The day it was done, or null while it is outstanding.</param>
public readonly record struct Deadline(DateOnly Due, DateOnly? DoneOn = null)
{
    public DeadlineStatus StatusOn(DateOnly today) => DoneOn switch
    {
        { } done when done <= Due => DeadlineStatus.Met,
        not null => DeadlineStatus.MetLate,
        null when today > Due => DeadlineStatus.Overdue,
        _ => DeadlineStatus.Due,
    };

    public bool IsOverdueOn(DateOnly today) => StatusOn(today) == DeadlineStatus.Overdue;

    /// <summary>
    /// Working days from <paramref name="today"/> to the due date (0 on the due date itself, negative once overdue: -1 is
    /// one working day late), or, once done, from the due date to the day it was done, negated (so late is negative too).
    /// </summary>
    public int WorkingDaysLeft(DateOnly today, WorkingDayCalendar calendar) =>
        DoneOn is { } done ? -calendar.WorkingDaysBetween(Due, done) : calendar.WorkingDaysBetween(today, Due);
}
