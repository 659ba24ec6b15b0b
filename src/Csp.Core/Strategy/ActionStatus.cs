namespace Csp.Core.Strategy;

/// <summary>Where an action stands. Completed and Discontinued actions are not overdue and need no further update.</summary>
public enum ActionStatus
{
    NotStarted,
    InProgress,
    Completed,
    Discontinued,
}
