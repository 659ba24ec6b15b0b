namespace Csp.Core.Strategy;

/// <summary>The words pages and reports use for a decision's outcomes.</summary>
public static class StrategyWords
{
    public static string Describe(PriorityOutcome outcome) => outcome switch
    {
        PriorityOutcome.Accepted => "accepted",
        PriorityOutcome.NotTaken => "recommended, not taken",
        PriorityOutcome.Added => "added by the group",
        _ => outcome.ToString(),
    };
}
