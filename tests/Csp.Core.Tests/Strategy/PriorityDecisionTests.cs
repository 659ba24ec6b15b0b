using Csp.Core.Priorities;
using Csp.Core.Strategy;

namespace Csp.Core.Tests.Strategy;

public sealed class PriorityDecisionTests
{
    private static PriorityScore Score(string category, int rank, double score, bool recommended) => new(category, rank, score, recommended, [], "");

    private static readonly PriorityScore[] Scoring =
    [
        Score("Violence and sexual offences", 1, 71.2, true),
        Score("Anti-social behaviour", 2, 60.0, true),
        Score("Shoplifting", 3, 41.5, true),
        Score("Burglary", 4, 30.1, false),
    ];

    [Fact]
    public void Recommended_priorities_are_accepted_or_not_taken_and_others_chosen_are_added()
    {
        var decided = PriorityDecision.Decide(Scoring, ["violence and sexual offences", "Anti-social behaviour", "Burglary", "Road safety", "Road Safety"]);

        Assert.Equal(
        [
            ("Violence and sexual offences", PriorityOutcome.Accepted, (int?)1),
            ("Anti-social behaviour", PriorityOutcome.Accepted, 2),
            ("Shoplifting", PriorityOutcome.NotTaken, 3),
            ("Burglary", PriorityOutcome.Added, 4),
            ("Road safety", PriorityOutcome.Added, null),
        ], decided.Select(d => (d.Name, d.Outcome, d.Rank)));
    }

    [Fact]
    public void The_summary_says_what_was_accepted_not_taken_and_added_and_whether_it_is_endorsed()
    {
        var decision = new PriorityDecision("E22000352", "Dartford and Gravesham", "2025-01..2025-09", "Jan 25 - Sep 25", "CSP Management Group", new DateOnly(2026, 1, 12),
            PriorityDecision.Decide(Scoring, ["Violence and sexual offences", "Road safety"]), "Consultation", "t.analyst", DateTimeOffset.UnixEpoch, null);

        Assert.Equal("On 12 January 2026 the CSP Management Group accepted Violence and sexual offences from the recommended priorities, did not take Anti-social behaviour and Shoplifting and added Road safety. " +
                     "The decision awaits the Community Safety Partnership's endorsement.", decision.Summary());
        Assert.Equal(["Violence and sexual offences", "Road safety"], decision.Chosen);
        Assert.EndsWith("endorsed the decision on 2 February 2026.", (decision with { EndorsedOn = new DateOnly(2026, 2, 2) }).Summary(), StringComparison.Ordinal);
    }
}
