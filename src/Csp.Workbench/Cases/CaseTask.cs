using Csp.Core.Calendar;

namespace Csp.Workbench.Cases;

/// <summary>A task on a case; <see cref="Status"/> as of today (null when it has no due date and is not done).</summary>
public sealed record CaseTask(long Id, string Title, string? AssignedTo, string? Agency, DateOnly? DueOn, DateOnly? DoneOn, string? Outcome, DeadlineStatus? Status);
