using Csp.Core.Periods;

namespace Csp.Core.Performance;

/// <summary>The performance of one area: one row per measure, in the order the measures were asked for.</summary>
/// <param name="RagRule">The rule the statuses follow, in words, for the foot of the table.</param>
public sealed record PerformanceResult(
    PerformanceArea Area,
    PeriodComparison Periods,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<PerformanceRow> Rows,
    string RagRule);
