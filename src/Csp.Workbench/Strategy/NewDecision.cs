namespace Csp.Workbench.Strategy;

/// <summary>
/// A decision as the Management Group's minutes give it: the assessment it decided on (area and period as the dashboard
/// chooses them), the group, the meeting's date, the priorities it chose (recommended ones it accepts, and any it adds),
/// its reasons, and the CSP's endorsement when it has been given.
/// </summary>
public sealed record NewDecision(string Area, Core.Periods.PeriodComparison? Periods, string Group, DateOnly MeetingOn, IReadOnlyList<string> Chosen, string Reasons, DateOnly? EndorsedOn);
