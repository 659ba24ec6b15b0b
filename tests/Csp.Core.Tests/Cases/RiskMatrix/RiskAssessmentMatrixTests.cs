using Csp.Core.Calendar;
using Csp.Core.Cases.RiskMatrix;
using static Csp.Core.Tests.Calendar.TestCalendars;

namespace Csp.Core.Tests.Cases.RiskMatrix;

public sealed class RiskAssessmentMatrixTests
{
    // Most it can score: 4 + 3 + 1 = 8. Standard 0-3, medium 4-6, high 7 or more.
    private static readonly RiskAssessmentMatrix Matrix = new(
    [
        new("Q1", "Is the victim afraid to stay in their home?", [new("No", 0), new("Sometimes", 2), new("Yes", 4)]),
        new("Q2", "Has the victim reported ASB before?", [new("No", 0), new("Yes", 3)]),
        new("Q3", "Has the victim had thoughts of self-harm?", [new("No", 0), new("Yes", 1, RiskLevel.High)]),
    ],
    [new(RiskLevel.Standard, 0, 84), new(RiskLevel.High, 7, 14), new(RiskLevel.Medium, 4, 28)],
    [
        new(RiskLevel.Standard, "Keep in touch", null),
        new(RiskLevel.Medium, "Agree a support plan", 5),
        new(RiskLevel.High, "Contact the victim", 1),
        new(RiskLevel.High, "Refer to the Vulnerability Panel", 5),
    ]);

    private static readonly WorkingDayCalendar Calendar = EnglandAndWales2025To2026;

    private static RiskScore Score(string q1, string q2, string? q3, RiskLevel? raisedTo = null, string? because = null)
    {
        var answers = new Dictionary<string, string> { ["Q1"] = q1, ["Q2"] = q2 };
        if (q3 is not null) answers["Q3"] = q3;
        return Matrix.Score(new RiskAssessment(D("2025-12-18"), "A. Officer", answers, raisedTo, because), Calendar);
    }

    [Fact]
    public void A_score_at_the_high_threshold_is_high_and_its_actions_fall_due_in_working_days()
    {
        var score = Score("Yes", "Yes", "No"); // 4 + 3 + 0 = 7

        Assert.Equal(7, score.Total);
        Assert.Equal(8, score.MaxScore);
        Assert.Equal(RiskLevel.High, score.Level);
        Assert.Equal("The score is 7 of 8: high (7 or more).", score.Reasons[0]);
        Assert.Equal(["Contact the victim", "Refer to the Vulnerability Panel"], score.Actions.Select(a => a.Text));
        Assert.Equal(D("2025-12-19"), score.Actions[0].Deadline!.Value.Due);
        Assert.Equal(D("2025-12-29"), score.Actions[1].Deadline!.Value.Due); // five working days over Christmas
        Assert.Equal(D("2026-01-01"), score.ReassessBy); // 14 calendar days
        Assert.True(score.IsComplete);
    }

    [Fact]
    public void One_below_a_threshold_stays_at_the_level_below()
    {
        var medium = Score("Yes", "No", "No"); // 4
        var standard = Score("Sometimes", "No", "No"); // 2
        var justBelowHigh = Score("Sometimes", "Yes", "No"); // 5

        Assert.Equal(RiskLevel.Medium, medium.Level);
        Assert.Equal("The score is 4 of 8: medium (4 to 6).", medium.Reasons[0]);
        Assert.Equal(RiskLevel.Standard, standard.Level);
        Assert.Equal("The score is 2 of 8: standard (0 to 3).", standard.Reasons[0]);
        Assert.Equal(RiskLevel.Medium, justBelowHigh.Level);
        Assert.Equal(D("2026-03-12"), standard.ReassessBy); // 84 days: 13 left in December, 31, 28, then 12 March
        var action = Assert.Single(standard.Actions);
        Assert.Null(action.Deadline);
    }

    [Fact]
    public void An_answer_with_a_floor_makes_a_low_score_high_and_says_why()
    {
        var score = Score("No", "No", "Yes"); // 1 point, but self-harm is high whatever the total

        Assert.Equal(1, score.Total);
        Assert.Equal(RiskLevel.Standard, score.ScoreLevel);
        Assert.Equal(RiskLevel.High, score.Level);
        Assert.Equal("The answer 'Yes' to Q3 (Has the victim had thoughts of self-harm?) makes the risk at least high.", score.Reasons[1]);
        Assert.Contains(score.Actions, a => a.Text == "Refer to the Vulnerability Panel");
    }

    [Fact]
    public void The_assessors_judgement_raises_the_level_but_never_lowers_it()
    {
        var raised = Score("No", "No", "No", RiskLevel.Medium, "the perpetrator has moved next door");
        var notLowered = Score("Yes", "Yes", "No", RiskLevel.Standard, "the victim seems fine");

        Assert.Equal(RiskLevel.Medium, raised.Level);
        Assert.Equal("The assessor raised the risk to medium: the perpetrator has moved next door.", raised.Reasons[^1]);
        Assert.Equal(RiskLevel.High, notLowered.Level);
        Assert.Single(notLowered.Reasons);
    }

    [Fact]
    public void Unanswered_questions_and_answers_the_matrix_lacks_make_the_assessment_incomplete()
    {
        var unanswered = Score("Yes", "No", null);
        var wrong = Matrix.Score(new RiskAssessment(D("2025-12-18"), "A. Officer",
            new Dictionary<string, string> { ["Q1"] = "often", ["Q2"] = " yes ", ["Q3"] = "No", ["Q9"] = "Yes" }), Calendar);

        Assert.False(unanswered.IsComplete);
        Assert.Equal(["Q3"], unanswered.Unanswered);
        Assert.Equal("1 of 3 questions are unanswered (Q3): the score may understate the risk.", unanswered.Reasons[^1]);
        Assert.Equal(3, wrong.Total); // Q2 "yes" matches "Yes" whatever the case and spaces
        Assert.Equal(
            ["Question Q1 has no answer 'often'; its answers are: No; Sometimes; Yes.", "The matrix has no question Q9."],
            wrong.Problems);
    }

    [Fact]
    public void A_reassessment_is_due_until_its_date_and_overdue_after()
    {
        var score = Score("Yes", "Yes", "No"); // reassess by 1 January 2026

        Assert.Equal(DeadlineStatus.Due, score.Reassessment(D("2026-01-01")));
        Assert.Equal(DeadlineStatus.Overdue, score.Reassessment(D("2026-01-02")));
    }

    [Fact]
    public void Levels_that_do_not_start_at_zero_and_rise_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new RiskAssessmentMatrix([], [new(RiskLevel.Standard, 0, 1), new(RiskLevel.Medium, 5, 1), new(RiskLevel.High, 5, 1)], []));
        Assert.Throws<ArgumentException>(() => new RiskAssessmentMatrix([], [new(RiskLevel.Standard, 0, 1), new(RiskLevel.High, 5, 1)], []));
    }
}
