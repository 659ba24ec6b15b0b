using Csp.Core.Assessment;
using Csp.Core.Imports;
using Csp.Core.Offences;
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
        // Volume shares: A 75%, B 25%. Harm shares: A 10%, B 90%. Trend: A -10% (0), B +51.5% significant (0.515 of a doubling).
        var rows = new[] { Row("A", 300, 333, 100, false), Row("B", 100, 66, 900, true) };
        var weights = PriorityJudgements.Parse(CsvRows.Of("Category,Volume,Harm,Trend,CommunityConcern,PartnershipAddedValue,ControlStrategy,HorizonScanning", "Weight,1,1,1,0,0,0,0"), "p.csv", []);

        var scores = PriorityScoring.Score(rows, weights);

        // A: (1 + 0.1111 + 0) / 3 = 37.0. B: (0.3333 + 1 + 0.5152) / 3 = 61.6.
        Assert.Equal(["B", "A"], scores.Select(s => s.Category));
        Assert.Equal(61.6, scores[0].Score);
        Assert.Equal(37.0, scores[1].Score);
        Assert.Contains("up 51.5% (significant)", scores[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Entered_judgements_count_and_a_category_without_them_says_so()
    {
        var rows = new[] { Row("A", 100, 100, 10, false), Row("B", 100, 100, 10, false) };
        var issues = new List<ImportIssue>();
        var judgements = PriorityJudgements.Parse(CsvRows.Of("Category,CommunityConcern", "B,5"), "p.csv", issues);

        var scores = PriorityScoring.Score(rows, judgements);

        Assert.Empty(issues);
        Assert.Equal("B", scores[0].Category);
        Assert.Contains("community concern 5/5", scores[0].Reason, StringComparison.Ordinal);
        Assert.Contains("community concern not entered", scores[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_outside_0_to_5_is_an_issue_with_its_line_and_column()
    {
        var issues = new List<ImportIssue>();
        PriorityJudgements.Parse(CsvRows.Of("Category,CommunityConcern", "B,7"), "p.csv", issues);

        var issue = Assert.Single(issues);
        Assert.Equal((2L, "CommunityConcern"), (issue.Line, issue.Field));
    }

    [Fact]
    public void Criteria_nobody_has_entered_are_left_out_so_the_top_category_on_everything_measured_scores_100()
    {
        // A has the most crimes, the most harm and a significant doubling: 100 on volume, harm and trend, the three criteria in use.
        var rows = new[] { Row("A", 300, 150, 900, true), Row("B", 100, 100, 100, false) };

        var scores = PriorityScoring.Score(rows, PriorityJudgements.Default);

        Assert.Equal(100.0, scores[0].Score);
        // B: volume 100/300 = 0.333, harm 100/900 = 0.111, trend 0: (0.333 + 0.111 + 0) / 3 = 14.8.
        Assert.Equal(14.8, scores[1].Score);
    }

    [Fact]
    public void Only_a_score_at_or_above_the_threshold_is_recommended()
    {
        var rows = new[] { Row("A", 300, 200, 900, true), Row("B", 100, 100, 100, false) };

        var scores = PriorityScoring.Score(rows, PriorityJudgements.Default);

        Assert.True(scores[0].Recommended);
        Assert.False(scores[1].Recommended); // 14.8 is below 40
    }

    [Fact]
    public void A_reason_never_ends_by_saying_judgements_are_missing_when_none_were_entered_for_anyone()
    {
        var rows = new[] { Row("A", 300, 200, 900, true), Row("B", 100, 100, 100, false) };

        var scores = PriorityScoring.Score(rows, PriorityJudgements.Default);

        Assert.All(scores, s => Assert.DoesNotContain("not yet entered", s.Reason, StringComparison.Ordinal));
        Assert.All(scores, s => Assert.DoesNotContain("not entered", s.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Volume_is_a_share_of_Total_crime_as_in_the_findings_and_ASB_is_measured_against_the_same_total()
    {
        // Total crime 400 (A 300, B 100); ASB 200 incidents. A is 75.0% of recorded crime, not 50.0% of crime and ASB.
        var total = Row("Total crime", 400, 400, 1000, false) with { IsGroup = true };
        var rows = new[] { total, Row("A", 300, 300, 900, false), Row("B", 100, 100, 100, false), Row("Anti-social behaviour", 200, 200, 0, false) };

        var scores = PriorityScoring.Score(rows, PriorityJudgements.Default);

        Assert.StartsWith("75.0% of recorded crime;", scores.Single(s => s.Category == "A").Reason, StringComparison.Ordinal);
        Assert.StartsWith("200 incidents, as many as 50.0% of recorded crime;", scores.Single(s => s.Category == "Anti-social behaviour").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rise_in_a_category_found_by_police_activity_is_not_counted_as_a_trend_and_the_reason_says_so()
    {
        // Drugs doubled (significant), B is flat: without the mark drugs would take the whole trend score.
        var drugs = Row("Drugs", 100, 50, 100, true) with { Description = new OffenceDescription("Drugs", "drug offences", true, true) };
        var rows = new[] { drugs, Row("B", 100, 100, 100, false) };

        var scores = PriorityScoring.Score(rows, PriorityJudgements.Default);
        var scored = scores.Single(s => s.Category == "Drugs");

        Assert.Equal(0.0, scored.Criteria.Single(c => c.Criterion == "Trend").Score);
        Assert.Contains("up 100.0% (significant), not counted: drug offences rise and fall with police activity", scored.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_current_priority_of_the_partnership_is_marked_and_its_reason_says_so()
    {
        var rows = new[] { Row("A", 300, 300, 900, false), Row("Anti-social behaviour", 100, 100, 0, false) };
        var judgements = PriorityJudgements.Default with { CurrentPriorities = ["Anti-social behaviour"] };

        var asb = PriorityScoring.Score(rows, judgements).Single(s => s.Category == "Anti-social behaviour");

        Assert.True(asb.CurrentPriority);
        Assert.EndsWith("a current priority of the partnership", asb.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_rise_that_is_not_significant_scores_on_its_own_scale_not_as_the_largest_trend()
    {
        // B rose 5% (not significant): half of 0.05 = 0.025 on trend, not the full score it would get as the largest rise.
        var rows = new[] { Row("A", 300, 330, 900, false), Row("B", 21, 20, 10, false) };

        var b = PriorityScoring.Score(rows, PriorityJudgements.Default).Single(s => s.Category == "B");

        Assert.Equal(0.025, b.Criteria.Single(c => c.Criterion == "Trend").Score, 3);
    }
}
