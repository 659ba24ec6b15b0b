namespace Csp.Core.Priorities;

/// <summary>A candidate priority's score (0 to 100) with what made it, ranked; the management group accepts or changes the recommendation.</summary>
/// <param name="Reason">The explanation in words, from the numbers.</param>
public sealed record PriorityScore(string Category, int Rank, double Score, bool Recommended, IReadOnlyList<CriterionScore> Criteria, string Reason);

/// <param name="Value">What was measured or entered: a share (%), a % change, or an entered score 0 to 5; null when not entered.</param>
/// <param name="Score">The criterion's contribution on a 0 to 1 scale before weighting.</param>
public sealed record CriterionScore(string Criterion, bool Measured, double? Value, double Score, double Weight);
