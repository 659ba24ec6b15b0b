namespace Csp.Core.Priorities;

/// <summary>
/// A candidate priority's score with what made it, ranked (1 = the highest score); the management group accepts or
/// changes the recommendation.
/// </summary>
/// <param name="Score">0 to 100: the weighted mean of the criteria in use, each 0 to 100 against the largest candidate
/// (100 = the highest of all candidates on every criterion in use).</param>
/// <param name="Recommended">The score is at least <see cref="PriorityScoring.RecommendationThreshold"/>.</param>
/// <param name="Reason">The explanation in words, from the numbers.</param>
public sealed record PriorityScore(string Category, int Rank, double Score, bool Recommended, IReadOnlyList<CriterionScore> Criteria, string Reason)
{
    /// <summary>The category is a priority of the partnership's current strategy.</summary>
    public bool CurrentPriority { get; init; }
}

/// <param name="Value">What was measured or entered: a share of Total crime (%), a % change, or an entered score 0 to 5; null when not entered.</param>
/// <param name="Score">The criterion's contribution on a 0 to 1 scale before weighting.</param>
/// <param name="Weight">The weight the criterion carries in this score: 0 when it is not in use (a judgement nobody has entered).</param>
public sealed record CriterionScore(string Criterion, bool Measured, double? Value, double Score, double Weight);
