namespace Csp.Workbench.Meetings;

/// <summary>An action arising: under which item (or none), what, who owns it, and when it is due (the last day, included).</summary>
public sealed record NewMeetingAction(int? Item, string Action, string Owner, DateOnly? DueOn);
