namespace Csp.Core.Calendar;

public enum DeadlineStatus
{
    /// <summary>Not yet done and the due date is today or later.</summary>
    Due,

    /// <summary>Not done and the due date has passed.</summary>
    Overdue,

    /// <summary>Done on or before the due date.</summary>
    Met,

    /// <summary>Done, but after the due date.</summary>
    MetLate,
}
