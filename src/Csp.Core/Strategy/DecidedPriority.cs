namespace Csp.Core.Strategy;

/// <summary>One priority of a decision: its name, the outcome, and the scoring's rank and score when the assessment scored it.</summary>
public sealed record DecidedPriority(string Name, PriorityOutcome Outcome, int? Rank, double? Score, bool Recommended);
