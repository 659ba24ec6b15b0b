namespace Csp.Workbench.Meetings;

/// <summary>A person to list on a meeting: <paramref name="Attendance"/> is present, apologies or in attendance.</summary>
public sealed record NewAttendee(string Name, string? Role, string? Agency, string? Contact, string Attendance);
