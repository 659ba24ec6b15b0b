namespace Csp.Workbench.Panel;

/// <summary>
/// A meeting as one reader sees it: its agenda holds only the items on cases the reader's agency and role are entitled to
/// (the others are not listed, not even counted); <see cref="Awaiting"/> are the referrals the reader may put on it.
/// </summary>
public sealed record PanelMeeting(PanelMeetingSummary Meeting, IReadOnlyList<PanelAgendaItem> Agenda, IReadOnlyList<PanelReferral> Awaiting)
{
    public bool Held(DateOnly today) => Meeting.MeetsOn <= today;
}
