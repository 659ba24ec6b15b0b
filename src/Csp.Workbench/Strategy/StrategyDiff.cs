using Csp.Core.Strategy;

namespace Csp.Workbench.Strategy;

/// <summary>What changed from one version of the strategy (<paramref name="From"/>) to another (<paramref name="To"/>).</summary>
public sealed record StrategyDiff(StrategyVersion From, StrategyVersion To, StrategyDifference Difference);
