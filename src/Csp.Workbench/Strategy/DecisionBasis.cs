using Csp.Core.Areas;
using Csp.Core.Periods;
using Csp.Core.Priorities;
using Csp.Core.Strategy;

namespace Csp.Workbench.Strategy;

/// <summary>What a decision is taken on: the area and period of the assessment, its scoring (ranked, the recommended ones marked), and the decision already recorded for them, if any.</summary>
public sealed record DecisionBasis(Area Area, PeriodComparison Periods, string PeriodLabel, IReadOnlyList<PriorityScore> Scoring, PriorityDecision? Recorded);
