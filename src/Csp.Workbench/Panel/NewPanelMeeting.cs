namespace Csp.Workbench.Panel;

/// <summary>A panel meeting to schedule (or one held, to record): the day, the chair, where, the agencies attending.</summary>
public sealed record NewPanelMeeting(DateOnly MeetsOn, string? Chair, string? Place, IReadOnlyList<long> AgencyIds);
