using Csp.Core.Calendar;

namespace Csp.Workbench.Cases;

/// <summary>
/// A task on a case; <see cref="Status"/> as of today (null when it has no due date and is not done); <see cref="Kind"/>
/// says what completes it when a use case does (<see cref="Panel.PanelTasks.Referral"/>: a referral to the panel).
/// </summary>
public sealed record CaseTask(long Id, string Title, string? AssignedTo, string? Agency, DateOnly? DueOn, DateOnly? DoneOn, string? Outcome, DeadlineStatus? Status,
    string? Kind = null);
