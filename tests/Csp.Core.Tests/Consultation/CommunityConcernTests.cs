using Csp.Core.Consultation;
using Csp.Core.Imports;
using Csp.Core.Priorities;
using static Csp.Core.Tests.Consultation.SurveyExamples;

namespace Csp.Core.Tests.Consultation;

public sealed class CommunityConcernTests
{
    private static SurveyResults Results()
    {
        // ASB: 3 High of 4 answered; burglary: 1 High of 2.
        var responses = new[]
        {
            Response("a", ("priority[Reducing anti-social behaviour]", "High"), ("priority[Reducing burglary]", "High"), ("impact[1]", "ASB")),
            Response("b", ("priority[Reducing anti-social behaviour]", "High"), ("priority[Reducing burglary]", "Low"), ("impact[1]", "Drugs")),
            Response("c", ("priority[Reducing anti-social behaviour]", "High"), ("impact[1]", "ASB"), ("impact[2]", "Drugs")),
            Response("d", ("priority[Reducing anti-social behaviour]", "Low")),
        };
        return SurveyTabulator.Tabulate(ResponseMatrix.Build(Example, responses));
    }

    private static ConcernMapping Mapping()
    {
        var issues = new List<ImportIssue>();
        var mapping = ConcernMapping.Parse(
            ["Issue,Category", "Reducing anti-social behaviour,Anti-social behaviour", "Reducing burglary,Burglary", "ASB,Anti-social behaviour", "Drugs,Drugs", "\"Theft, and handling\",Shoplifting"],
            "mapping.csv", issues);
        Assert.Empty(issues);
        return mapping;
    }

    [Fact]
    public void The_share_rating_an_issue_high_becomes_a_score_out_of_five()
    {
        var scores = CommunityConcern.FromSurvey(Results(), "priority", Mapping());

        Assert.Equal([("Anti-social behaviour", 3.75), ("Burglary", 2.5)], scores.Select(s => (s.Category, s.Score)));
        Assert.Equal(75, scores[0].SharePercent, 12);
        Assert.Equal("rated High by 75.0% of 4 respondents to 'Test consultation' (Reducing anti-social behaviour)", scores[0].Provenance);
    }

    [Fact]
    public void A_ranked_question_scores_the_first_choice_share()
    {
        // First choices: ASB 2 of 3, Drugs 1 of 3 (the second-choice Drugs does not count).
        var scores = CommunityConcern.FromSurvey(Results(), "impact", Mapping());

        Assert.Equal([("Anti-social behaviour", 3.33), ("Drugs", 1.67)], scores.Select(s => (s.Category, s.Score)));
        Assert.Equal("chosen first", scores[0].Measure);
    }

    [Fact]
    public void The_scores_replace_the_entered_community_concern_and_keep_the_rest()
    {
        var entered = new PriorityJudgements(PriorityJudgements.Default.Weights, new Dictionary<string, IReadOnlyDictionary<PriorityCriterion, double>>
        {
            ["Burglary"] = new Dictionary<PriorityCriterion, double> { [PriorityCriterion.CommunityConcern] = 1, [PriorityCriterion.HorizonScanning] = 4 },
            ["Robbery"] = new Dictionary<PriorityCriterion, double> { [PriorityCriterion.CommunityConcern] = 2 },
        });

        var merged = CommunityConcern.Apply(entered, CommunityConcern.FromSurvey(Results(), "priority", Mapping()));

        Assert.Equal(2.5, merged.Entered("Burglary", PriorityCriterion.CommunityConcern));
        Assert.Equal(4, merged.Entered("Burglary", PriorityCriterion.HorizonScanning));
        Assert.Equal(3.75, merged.Entered("Anti-social behaviour", PriorityCriterion.CommunityConcern));
        Assert.Equal(2, merged.Entered("Robbery", PriorityCriterion.CommunityConcern));
    }

    [Fact]
    public void A_question_with_no_table_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CommunityConcern.FromSurvey(Results(), "comments", Mapping()));
    }
}
