namespace Csp.Workbench.Panel;

/// <summary>A referral on a meeting's agenda, for an officer entitled to its case: the referral, the panel's decisions, actions and outcome.</summary>
public sealed record PanelAgendaItem(long Id, int Position, PanelReferral Referral, string? Decisions, string? Outcome, bool ClosesReferral,
    DateOnly? OutcomeRecordedOn, IReadOnlyList<PanelAction> Actions);
