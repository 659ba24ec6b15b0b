using Csp.Core.Strategy;

namespace Csp.Workbench.Strategy;

/// <summary>
/// A version of the strategy as the strategy page shows it: the strategy, the Management Group's latest decision on
/// priorities, the action plan's progress this quarter, the versions held (the annual refreshes) and what changed from the
/// version before (priorities added or dropped).
/// </summary>
public sealed record StrategyView(long Id, CommunitySafetyStrategy Strategy, PriorityDecision? Decision, ActionPlanProgress Progress,
    IReadOnlyList<StrategyVersion> Versions, IReadOnlyList<string> PrioritiesAdded, IReadOnlyList<string> PrioritiesDropped)
{
    /// <summary>The version before this one, or null.</summary>
    public StrategyVersion? Before { get; init; }

    /// <summary>What changed from <see cref="Before"/>, or null when there is none.</summary>
    public StrategyDifference? Difference { get; init; }
}

/// <summary>A version held: its id, period and refresh year.</summary>
public sealed record StrategyVersion(long Id, string Title, string Period, int Refresh);
