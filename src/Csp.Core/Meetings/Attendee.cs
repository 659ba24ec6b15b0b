namespace Csp.Core.Meetings;

/// <summary>
/// A person at (or sending apologies to) a meeting, in their role for their agency. Nothing about them is kept beyond a
/// name, a role and a work contact: they are there as officers, not as private people.
/// </summary>
/// <param name="Contact">A work e-mail address or telephone number, or null. Shown to signed-in users; never printed in the minutes.</param>
public sealed record Attendee(long Id, string Name, string? Role, string? Agency, string? Contact, Attendance Attendance)
{
    /// <summary>"Sam Example, Community Safety Manager (Gravesham Borough Council)".</summary>
    public string Describe() => Name + (Role is { Length: > 0 } r ? ", " + r : "") + (Agency is { Length: > 0 } a ? $" ({a})" : "");
}
