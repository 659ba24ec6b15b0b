namespace Csp.Workbench.Strategy;

/// <summary>
/// What the edit and add forms offer: the partnership's groups (by name), the Strategic Assessment priorities the plan and
/// the strategy name (another may be typed), the agencies, and the themes of the version's plan with each one's next ref.
/// </summary>
public sealed record ActionPlanChoices(long StrategyId, string StrategyTitle, IReadOnlyList<string> Groups, IReadOnlyList<string> Priorities, IReadOnlyList<string> Agencies,
    IReadOnlyList<PlanTheme> Themes);
