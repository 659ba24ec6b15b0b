namespace Csp.Core.Cases.RiskMatrix;

/// <summary>One assessment in a case's risk history, with how it moved from the one before.</summary>
/// <param name="Change">The level against the previous assessment: +1 or +2 up, negative down, 0 the same (0 for the first).</param>
/// <param name="ScoreChange">Points against the previous assessment's total (0 for the first).</param>
public sealed record RiskHistoryEntry(RiskScore Score, int Change, int ScoreChange, string Words);
