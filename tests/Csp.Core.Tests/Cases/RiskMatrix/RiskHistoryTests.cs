using Csp.Core.Calendar;
using Csp.Core.Cases.RiskMatrix;
using static Csp.Core.Tests.Calendar.TestCalendars;

namespace Csp.Core.Tests.Cases.RiskMatrix;

public sealed class RiskHistoryTests
{
    private static RiskScore Scored(string on, int total, RiskLevel level, int reassessAfterDays) =>
        new(D(on), total, 45, level, level, [], [], [], [], D(on).AddDays(reassessAfterDays));

    [Fact]
    public void Each_assessment_is_told_against_the_one_before_oldest_first()
    {
        var history = RiskHistory.Of([Scored("2025-03-01", 25, RiskLevel.High, 14), Scored("2025-01-10", 8, RiskLevel.Standard, 84), Scored("2025-02-01", 14, RiskLevel.Medium, 28), Scored("2025-03-15", 25, RiskLevel.High, 14)]);

        Assert.Equal(
        [
            "First assessment: standard (8).",
            "Up from standard to medium (14, +6 points).",
            "Up from medium to high (25, +11 points).",
            "Still high (25, the same score).",
        ], history.Select(h => h.Words));
        Assert.Equal([0, 1, 1, 0], history.Select(h => h.Change));
    }

    [Fact]
    public void A_fall_is_negative_and_says_down()
    {
        var history = RiskHistory.Of([Scored("2025-01-10", 25, RiskLevel.High, 14), Scored("2025-02-01", 5, RiskLevel.Standard, 84)]);

        Assert.Equal(-2, history[1].Change);
        Assert.Equal(-20, history[1].ScoreChange);
        Assert.Equal("Down from high to standard (5, -20 points).", history[1].Words);
    }

    [Fact]
    public void The_reassessment_follows_the_latest_assessment_only()
    {
        // The high assessment of 1 March wanted a reassessment by 15 March; the standard one of 10 March sets 2 June.
        RiskScore[] scores = [Scored("2025-03-01", 25, RiskLevel.High, 14), Scored("2025-03-10", 5, RiskLevel.Standard, 84)];

        Assert.Equal(DeadlineStatus.Due, RiskHistory.Reassessment(scores, D("2025-04-01")));
        Assert.Equal(DeadlineStatus.Overdue, RiskHistory.Reassessment(scores, D("2025-06-03")));
        Assert.Null(RiskHistory.Reassessment([], D("2025-04-01")));
    }
}
