namespace Csp.Workbench.Strategy;

/// <summary>
/// One action plan row with every quarterly update it has had and every change made to its fields in the web app (each
/// newest first), the strategy version it belongs to, and whether the user may change its fields (administrators and analysts).
/// </summary>
public sealed record ActionPlanDetail(ActionPlanRow Row, string StrategyTitle, IReadOnlyList<Core.Strategy.ProgressUpdate> History, IReadOnlyList<ActionRowChange> Changes,
    bool MayEdit, long StrategyId);
