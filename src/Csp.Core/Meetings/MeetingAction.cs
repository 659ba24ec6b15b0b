using Csp.Core.Strategy;

namespace Csp.Core.Meetings;

/// <summary>
/// An action arising from a meeting: what, who owns it, by when, and where it stands (updated after the meeting). Its ref
/// is "A" and its number within the meeting ("A3"); with the meeting's date it is unique in the group's minutes.
/// </summary>
/// <param name="RaisedOn">The date of the meeting it arose at.</param>
/// <param name="DueOn">The last day it is due (included); null when no date was set.</param>
/// <param name="Note">The latest word on it (what was done, why it was dropped).</param>
public sealed record MeetingAction(long Id, long MeetingId, DateOnly RaisedOn, int Number, int? Item, string Action, string Owner, DateOnly? DueOn,
    ActionStatus Status, string? Note)
{
    public string Ref => "A" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Not started or in progress: it goes on the group's next agenda as a matter arising.</summary>
    public bool Outstanding => Status is ActionStatus.NotStarted or ActionStatus.InProgress;

    /// <summary>Outstanding the day after its due date.</summary>
    public bool IsOverdue(DateOnly today) => Outstanding && DueOn is { } due && today > due;
}
