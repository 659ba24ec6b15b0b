namespace Csp.Core.Strategy;

/// <summary>
/// A row of the action plan (seed 004, "Action Plan": Ref, action, coordinating delivery group(s), Strategic Assessment
/// priority(ies)), grouped under its theme, with the owner agency and lead, dates, status and RAG that delivery groups keep
/// up to date each quarter.
/// </summary>
/// <param name="Theme">The theme's title ("Protecting Vulnerable People from Harm"); its number is <see cref="Ref"/>'s.</param>
/// <param name="Groups">The coordinating delivery groups, by their names in the structure.</param>
/// <param name="Priorities">The Strategic Assessment priorities it serves, as written (capitalised, without repeats).</param>
/// <param name="DueOn">The last day (included): overdue from the next day unless completed or discontinued.</param>
/// <param name="Source">Where the row was transcribed from (seed and line), or null.</param>
public sealed record ActionPlanItem(ActionRef Ref, string Theme, string Action, IReadOnlyList<string> Groups, IReadOnlyList<string> Priorities,
    string? OwnerAgency, string? Lead, DateOnly? StartOn, DateOnly? DueOn, ActionStatus Status, Rag Rag, string? Source)
{
    public bool IsOpen => Status is ActionStatus.NotStarted or ActionStatus.InProgress;

    public bool IsOverdue(DateOnly today) => IsOpen && DueOn is { } due && today > due;
}
