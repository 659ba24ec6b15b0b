using Csp.Core.Consultation;

namespace Csp.Core.Tests.Consultation;

public sealed class SurveyTests
{
    [Fact]
    public void The_sample_shaped_survey_has_no_problems()
    {
        Assert.Empty(SurveyExamples.Example.Problems());
    }

    [Fact]
    public void A_definition_names_each_of_its_problems()
    {
        var survey = new Survey("bad", "Bad", new DateOnly(2020, 2, 1), new DateOnly(2020, 1, 1),
        [
            new SurveyQuestion("q 1", "Spaces in the id", QuestionKind.YesNoDontKnow),
            new SurveyQuestion("grid", "No items", QuestionKind.PriorityGrid),
            new SurveyQuestion("grid", "Twice", QuestionKind.SingleChoice) { Options = ["A", "a"] },
            new SurveyQuestion("rank", "Too many ranks", QuestionKind.RankedChoice) { Options = ["A", "B"], Ranks = 3 },
        ]);

        Assert.Equal(
            [
                "the survey closes (1 January 2020) before it opens (1 February 2020).",
                "question 'q 1': an id is letters, digits, '-' or '_' (up to 64).",
                "question 'grid' is a grid with no issues to rate.",
                "question 'grid': the id is used twice.",
                "question 'grid' has the same option twice.",
                "question 'rank' asks for 3 choices among 2 options.",
            ],
            survey.Problems());
    }

    [Fact]
    public void Other_is_offered_after_the_options_only_when_allowed()
    {
        var q = new SurveyQuestion("q", "Q", QuestionKind.SingleChoice) { Options = ["A", "B"] };

        Assert.Equal(["A", "B"], q.Choices);
        Assert.Equal(["A", "B", "Other"], (q with { AllowOther = true }).Choices);
        Assert.Equal(SurveyScales.ProblemScale, new SurveyQuestion("p", "P", QuestionKind.ProblemScale).Choices);
    }
}
