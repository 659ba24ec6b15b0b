using Csp.Core.Calendar;

namespace Csp.Workbench.Panel;

/// <summary>An action on an agenda item, with whether it is due or overdue as of today (null when it has no due date).</summary>
public sealed record PanelAction(long Id, long ItemId, string OwnerAgency, string Action, DateOnly? DueOn, string Status, DateOnly? DoneOn, DeadlineStatus? Deadline);
