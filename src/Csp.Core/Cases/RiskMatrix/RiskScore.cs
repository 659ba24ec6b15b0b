using Csp.Core.Calendar;

namespace Csp.Core.Cases.RiskMatrix;

/// <summary>One assessment scored against the matrix.</summary>
/// <param name="Total">Points of the answers given.</param>
/// <param name="MaxScore">The most the matrix can score (the highest answer of every question).</param>
/// <param name="ScoreLevel">The level the total reaches by the thresholds alone.</param>
/// <param name="Level">The level that counts: the highest of the score's, any answer's floor and the assessor's judgement.</param>
/// <param name="Reasons">Why the level is what it is, in words, the thresholds' reason first.</param>
/// <param name="Unanswered">Question ids with no answer: the total may understate the risk, so it is incomplete.</param>
/// <param name="Problems">Answers that are not the matrix's (an unknown question or answer text), in words.</param>
/// <param name="ReassessBy">The day the next assessment is due (the level's interval in calendar days).</param>
public sealed record RiskScore(
    DateOnly AssessedOn,
    int Total,
    int MaxScore,
    RiskLevel ScoreLevel,
    RiskLevel Level,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Unanswered,
    IReadOnlyList<string> Problems,
    IReadOnlyList<RequiredAction> Actions,
    DateOnly ReassessBy)
{
    public bool IsComplete => Unanswered.Count == 0 && Problems.Count == 0;

    /// <summary>Whether a reassessment is due or overdue on <paramref name="today"/> (due up to and including <see cref="ReassessBy"/>).</summary>
    public DeadlineStatus Reassessment(DateOnly today) => new Deadline(ReassessBy).StatusOn(today);
}
