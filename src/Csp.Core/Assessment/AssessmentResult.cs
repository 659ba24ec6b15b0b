using Csp.Core.Priorities;

namespace Csp.Core.Assessment;

/// <summary>The whole assessment of one area for one period against a baseline: the contract of <c>csp assess --format json</c>.</summary>
/// <param name="Partial">True when months were missing and the user asked for the comparison anyway: every figure is then partial.</param>
/// <param name="RankedAmong">The group the ranks place the area in, in words (the force area for a district, the district for a ward).</param>
/// <param name="MissingMonths">Months the period or baseline needs that the data lacks, by force.</param>
public sealed record AssessmentResult(
    AreaRef Area,
    PeriodRef Period,
    PeriodRef Baseline,
    string PeriodKind,
    int? PopulationYear,
    long? Population,
    int? BaselinePopulationYear,
    long? BaselinePopulation,
    AreaRef? County,
    string RankedAmong,
    bool Partial,
    IReadOnlyList<MissingMonth> MissingMonths,
    IReadOnlyList<AssessmentRow> Rows,
    IReadOnlyList<string> Findings,
    IReadOnlyList<PriorityScore> Priorities,
    IReadOnlyList<string> Notes)
{
    /// <summary>The period's months the data holds (yyyy-MM); the counts and rates are over these.</summary>
    public IReadOnlyList<string> PeriodMonthsHeld { get; init; } = [];

    /// <summary>The baseline's months the data holds (yyyy-MM).</summary>
    public IReadOnlyList<string> BaselineMonthsHeld { get; init; } = [];

    /// <summary>The period's months compared with the baseline (yyyy-MM): those whose baseline month is held too (the month
    /// a year earlier, for periods of the same length). Empty when no comparison is possible.</summary>
    public IReadOnlyList<string> MonthsCompared { get; init; } = [];

    /// <summary>Whether any change could be computed.</summary>
    public bool Comparable => MonthsCompared.Count > 0;

    /// <summary>The area's position in its comparator group per category (1 = lowest rate); null when no group is configured for it.</summary>
    public Comparators.ComparatorStanding? MostSimilarGroup { get; init; }
}

public sealed record AreaRef(string Code, string Name, string Level);

/// <param name="From">yyyy-MM, inclusive.</param>
/// <param name="To">yyyy-MM, inclusive.</param>
/// <param name="Label">As the seeds write it, e.g. "Oct 24 - Sep 25".</param>
public sealed record PeriodRef(string From, string To, int Months, string Label);

/// <param name="Incomplete">Null when the month has no data; else why the data held for it is not taken as whole (a file
/// kept although truncated, or implausibly few rows for the force).</param>
public sealed record MissingMonth(string Force, string Month, string? Incomplete = null);
