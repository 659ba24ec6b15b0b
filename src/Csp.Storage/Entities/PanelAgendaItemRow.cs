namespace Csp.Storage.Entities;

/// <summary>
/// A referral on a panel meeting's agenda (table panel_agenda_items): the panel's decisions and its outcome; an outcome that
/// <see cref="ClosesReferral"/> closes the referral, otherwise the case can go on a later agenda.
/// </summary>
public sealed class PanelAgendaItemRow
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public long ReferralId { get; set; }
    /// <summary>The referral's case, kept here so that access to the item is decided as the case's without a join.</summary>
    public long CaseId { get; set; }
    public int Position { get; set; }
    public string? Decisions { get; set; }
    public string? Outcome { get; set; }
    public bool ClosesReferral { get; set; }
    public DateOnly? OutcomeRecordedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
