namespace Csp.Workbench.Strategy;

/// <summary>
/// The facts linked to the assessment in a version of the strategy (<paramref name="Version"/>), each with the figure the
/// data gives now, and the version before it (<paramref name="Before"/>, null when it is the first) whose facts the annual
/// refresh carried on.
/// </summary>
public sealed record StrategyFactList(StrategyVersion Version, StrategyVersion? Before, IReadOnlyList<StrategyFactState> Facts);
