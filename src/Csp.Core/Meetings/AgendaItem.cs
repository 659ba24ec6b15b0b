namespace Csp.Core.Meetings;

/// <summary>A numbered item of a meeting's agenda, with what the minutes record of it and the paper it took, if any.</summary>
public sealed record AgendaItem(long Id, int Number, string Title, string? Notes, MeetingPaper? Paper);
