namespace Csp.Core.Strategy;

/// <summary>Which of an assessment category's figures a fact of the strategy states.</summary>
public enum FactMeasure
{
    /// <summary>The count in the period (crimes, or ASB incidents).</summary>
    Count,

    /// <summary>The % change from the baseline, with the county's beside it.</summary>
    Change,

    /// <summary>The rate per 1,000 residents in the period, with the county's beside it.</summary>
    Rate,

    /// <summary>The rate's rank among the area's siblings (1 = the highest rate).</summary>
    Rank,
}
