namespace Csp.Core.Taskings;

/// <summary>Where a task stands. Open and in-progress tasks are shown at every briefing once due, until closed.</summary>
public enum TaskingStatus
{
    Open = 0,
    InProgress = 1,

    /// <summary>Done, with an outcome recorded.</summary>
    Completed = 2,

    /// <summary>Closed without being done (no longer needed, passed to another process): the outcome says why.</summary>
    Closed = 3,
}
