namespace Csp.Core.Meetings;

/// <summary>
/// A meeting of one of the partnership's groups as its minutes record it: when, which group, who was present and who
/// sent apologies, the numbered agenda items (each with its paper), the decisions and the actions arising.
/// </summary>
/// <param name="Title">The meeting's own title ("Strategic Assessment 2025"), or null.</param>
/// <param name="Source">Where a bundled meeting comes from (the sample's are demonstrations); null for one recorded in the app.</param>
public sealed record Meeting(long Id, string Group, DateOnly HeldOn, string? Title, string? Location, IReadOnlyList<Attendee> Attendance,
    IReadOnlyList<AgendaItem> Items, IReadOnlyList<MeetingDecision> Decisions, IReadOnlyList<MeetingAction> Actions, string? Source)
{
    /// <summary>The chair: the first person present in the role of chair, or null.</summary>
    public Attendee? Chair => Attendance.FirstOrDefault(a => a.Attendance == Csp.Core.Meetings.Attendance.Present && string.Equals(a.Role, "Chair", StringComparison.OrdinalIgnoreCase))
        ?? Attendance.FirstOrDefault(a => a.Attendance == Csp.Core.Meetings.Attendance.Present && (a.Role ?? "").StartsWith("Chair", StringComparison.OrdinalIgnoreCase));
}
