namespace Csp.Core.Meetings;

/// <summary>How someone is listed in the minutes: present (a member), apologies sent, or in attendance (an officer or guest, not a member).</summary>
public enum Attendance
{
    Present,
    Apologies,
    InAttendance,
}
