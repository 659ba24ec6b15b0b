using Csp.Core.Strategy;

namespace Csp.Workbench.Strategy;

/// <summary>
/// The action plan of a strategy version as one user may see it: the rows, the groups the user sits on (that decide which
/// rows an officer sees), the quarter now, the rows of theirs not updated this quarter (the reminder list), and how many
/// rows the plan holds in all, and whether the user may change and add rows (administrators and analysts).
/// </summary>
public sealed record ActionPlanView(long StrategyId, string StrategyTitle, IReadOnlyList<ActionPlanRow> Rows, IReadOnlyList<string> MyGroups, bool WholePlan,
    ReportingQuarter Quarter, IReadOnlyList<ActionPlanRow> NotUpdated, int TotalRows, bool MayEdit);
