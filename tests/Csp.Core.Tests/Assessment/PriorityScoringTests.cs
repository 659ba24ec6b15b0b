using Csp.Core.Assessment;
using Csp.Core.Imports;
using Csp.Core.Priorities;

namespace Csp.Core.Tests.Assessment;

public sealed class PriorityScoringTests
{
    private static AssessmentRow Row(string category, long count, long baseline, double harm, bool significant) =>
        new(category, false, count, baseline, count - baseline, baseline == 0 ? null : Math.Round(100.0 * (count - baseline) / baseline, 1),
            null, null, null, null, 0, null, 0, 0, null, null, significant ? 0.001 : 0.5, significant, harm, 0, [], [], []);

    [Fact]
    public void Measured_criteria_are_scaled_against_the_largest_candidate_and_weighted()
    {
        // Volume shares: A 75%, B 25%. Harm shares: A 10%, B 90%. Trend: A -10% (0), B +50% significant (max).
        var rows = new[] { Row("A", 300, 333, 100, false), Row("B", 100, 66, 900, true) };
        var weights = PriorityJudgements.Parse(["Category,Volume,Harm,Trend,CommunityConcern,PartnershipAddedValue,ControlStrategy,HorizonScanning", "Weight,1,1,1,0,0,0,0"], "p.csv", []);

        var scores = PriorityScoring.Score(rows, weights);

        // A: (1 + 0.1111 + 0) / 3 = 37.0. B: (0.3333 + 1 + 1) / 3 = 77.8.
        Assert.Equal(["B", "A"], scores.Select(s => s.Category));
        Assert.Equal(77.8, scores[0].Score);
        Assert.Equal(37.0, scores[1].Score);
        Assert.Contains("up 51.5% (significant)", scores[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Entered_judgements_count_and_a_category_without_them_says_so()
    {
        var rows = new[] { Row("A", 100, 100, 10, false), Row("B", 100, 100, 10, false) };
        var issues = new List<ImportIssue>();
        var judgements = PriorityJudgements.Parse(["Category,CommunityConcern", "B,5"], "p.csv", issues);

        var scores = PriorityScoring.Score(rows, judgements);

        Assert.Empty(issues);
        Assert.Equal("B", scores[0].Category);
        Assert.Contains("community concern 5/5", scores[0].Reason, StringComparison.Ordinal);
        Assert.Contains("judgement criteria not yet entered", scores[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_outside_0_to_5_is_an_issue_with_its_line_and_column()
    {
        var issues = new List<ImportIssue>();
        PriorityJudgements.Parse(["Category,CommunityConcern", "B,7"], "p.csv", issues);

        var issue = Assert.Single(issues);
        Assert.Equal((2L, "CommunityConcern"), (issue.Line, issue.Field));
    }
}
