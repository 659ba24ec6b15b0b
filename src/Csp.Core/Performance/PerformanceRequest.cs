using Csp.Core.Periods;

namespace Csp.Core.Performance;

/// <summary>Every measure for one area over a period against its baseline (a quarter against the same quarter a year earlier).</summary>
public sealed record PerformanceRequest(PerformanceArea Area, PeriodComparison Periods, IReadOnlyList<Measure> Measures)
{
    public RagRule Rule { get; init; } = RagRule.Default;
}
