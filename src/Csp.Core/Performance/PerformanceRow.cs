namespace Csp.Core.Performance;

/// <summary>
/// One measure in a performance report: the row of <c>csp performance</c>. Serialised in camel case its names are
/// exactly <c>measure, value, baselineValue, change, percentChange, unit, target, status, dataTo, notAvailable, withheld, demonstration</c>.
/// </summary>
/// <param name="Value">The period's figure; null when not available.</param>
/// <param name="BaselineValue">The same period a year earlier (cut to the months the period's data covers), or the
/// measure's fixed baseline.</param>
/// <param name="Change">Value minus baseline: in the measure's unit, so in percentage points for a percentage.</param>
/// <param name="PercentChange">The change in per cent of the baseline, one decimal; for a percentage measure the change in
/// percentage points (the seeds' "% change" column of perception tables is points), as <paramref name="Unit"/> says.</param>
/// <param name="Unit">"count", "percentage", "rate per 1,000" or "currency".</param>
/// <param name="Target">The target in words ("reduce by 5%", "maintain", "Dartford: reduce; Gravesham: maintain"); null = none.</param>
/// <param name="Status">"green", "amber", "red" or "not rated" (<see cref="RagRule"/>).</param>
/// <param name="DataTo">The last day the period's figure covers: before the period's end when the source lags.</param>
/// <param name="NotAvailable">True when there is no figure for the period (not returned, or returned as "u/a").</param>
/// <param name="Withheld">True when the figure is withheld from this reader (<see cref="ShareSuppression"/>: a share of fewer
/// victims than the suppression threshold; <see cref="PartnershipDifference"/>: a partnership's count that differs from its
/// districts' added up by a small number); the figure, baseline, changes are then null and the status "not rated".</param>
/// <remarks><see cref="Demonstration"/> (<c>demonstration</c>) follows: null for real figures.</remarks>
public sealed record PerformanceRow(
    string Measure,
    decimal? Value,
    decimal? BaselineValue,
    decimal? Change,
    decimal? PercentChange,
    string Unit,
    string? Target,
    string Status,
    DateOnly? DataTo,
    bool NotAvailable,
    bool Withheld = false)
{
    /// <summary>
    /// Null for real figures; else what made them up, labelled in the row wherever it shows (<see cref="PerformanceDemonstration"/>):
    /// "GENERATED" (counted from the generated demonstration incidents) or "EXAMPLE" (a return's figures noted EXAMPLE).
    /// </summary>
    public string? Demonstration { get; init; }

    /// <summary>True when the row is withheld because the partnership's figure would give away a small difference from its
    /// districts' (<see cref="PartnershipDifference"/>), not for a share of few people; never serialised (<c>withheld</c> says it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool DifferenceWithheld { get; init; }

    /// <summary>The people the period's figure is of, when it is a share counted from personal records; never serialised.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ShareBase? ValueBase { get; init; }

    /// <summary>The people the baseline's figure is of, likewise.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ShareBase? BaselineBase { get; init; }
}
