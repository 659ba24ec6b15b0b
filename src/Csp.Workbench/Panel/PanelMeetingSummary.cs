namespace Csp.Workbench.Panel;

/// <summary>A meeting in the panel's lists: <see cref="ItemsShown"/> counts only the agenda items on cases the reader may see.</summary>
public sealed record PanelMeetingSummary(long Id, DateOnly MeetsOn, string Chair, string? Place, IReadOnlyList<string> Agencies, int ItemsShown, bool Demo);
