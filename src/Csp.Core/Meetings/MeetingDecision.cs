namespace Csp.Core.Meetings;

/// <summary>A decision of a meeting: what was proposed, by whom, and what became of it; under an agenda item or none.</summary>
public sealed record MeetingDecision(long Id, int? Item, string Text, string? ProposedBy, DecisionOutcome Outcome);
