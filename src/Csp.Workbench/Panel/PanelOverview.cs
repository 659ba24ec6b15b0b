namespace Csp.Workbench.Panel;

/// <summary>The panel page: referrals awaiting a meeting, meetings to come and those held lately (each on cases the reader may see).</summary>
public sealed record PanelOverview(IReadOnlyList<PanelReferral> Awaiting, IReadOnlyList<PanelMeetingSummary> Upcoming, IReadOnlyList<PanelMeetingSummary> Recent);
