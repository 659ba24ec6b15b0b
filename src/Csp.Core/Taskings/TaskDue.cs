namespace Csp.Core.Taskings;

/// <summary>An open task shown at a briefing: due by the briefing's day (or the look-ahead), or overdue.</summary>
/// <param name="DaysOverdue">Days past its due day on the briefing's day; 0 when not overdue.</param>
public sealed record TaskDue(Tasking Task, bool Overdue, int DaysOverdue);
