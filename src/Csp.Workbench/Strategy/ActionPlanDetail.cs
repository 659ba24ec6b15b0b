namespace Csp.Workbench.Strategy;

/// <summary>One action plan row with every update it has had, newest first.</summary>
public sealed record ActionPlanDetail(ActionPlanRow Row, string StrategyTitle, IReadOnlyList<Core.Strategy.ProgressUpdate> History);
