using Csp.Core.Calendar;

namespace Csp.Core.Cases.RiskMatrix;

/// <summary>
/// A case's risk assessments over time: every one kept, oldest first, each with its move from the one before, and
/// whether the next reassessment is due (the latest assessment's interval; an older one's no longer counts).
/// </summary>
public static class RiskHistory
{
    /// <summary>The assessments in date order (those on one day keep the order given), each against the one before.</summary>
    public static IReadOnlyList<RiskHistoryEntry> Of(IEnumerable<RiskScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var entries = new List<RiskHistoryEntry>();
        RiskScore? previous = null;
        foreach (var score in scores.OrderBy(s => s.AssessedOn))
        {
            var level = RiskAssessmentMatrix.Word(score.Level);
            if (previous is null)
            {
                entries.Add(new RiskHistoryEntry(score, 0, 0, $"First assessment: {level} ({score.Total})."));
            }
            else
            {
                var change = score.Level - previous.Level;
                var points = score.Total - previous.Total;
                var move = change switch
                {
                    > 0 => $"up from {RiskAssessmentMatrix.Word(previous.Level)} to {level}",
                    < 0 => $"down from {RiskAssessmentMatrix.Word(previous.Level)} to {level}",
                    _ => $"still {level}",
                };
                var pointsText = points == 0 ? "the same score" : $"{(points > 0 ? "+" : "")}{points} points";
                entries.Add(new RiskHistoryEntry(score, change, points, $"{char.ToUpperInvariant(move[0])}{move[1..]} ({score.Total}, {pointsText})."));
            }
            previous = score;
        }
        return entries;
    }

    /// <summary>Whether the case needs reassessing on <paramref name="today"/>: the latest assessment's reassessment
    /// deadline (null when the case has never been assessed).</summary>
    public static DeadlineStatus? Reassessment(IEnumerable<RiskScore> scores, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var latest = scores.MaxBy(s => s.AssessedOn);
        return latest?.Reassessment(today);
    }
}
