namespace Csp.Workbench.Meetings;

/// <summary>A decision of a meeting: under which item (or none), the text, who proposed it, and its outcome (agreed, not agreed, deferred, noted).</summary>
public sealed record NewMeetingDecision(int? Item, string Text, string? ProposedBy, string Outcome);
