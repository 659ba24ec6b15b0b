using Csp.Core.Offences;

namespace Csp.Core.Assessment;

/// <summary>
/// One category of the assessment table: the area's count in the period and the baseline, the change, the rate per 1,000
/// residents, its rank among its sibling areas, and the county (force area) beside it. Serialised as the documented JSON
/// of <c>csp assess --format json</c>.
/// </summary>
/// <param name="Category">A police.uk crime type verbatim, or a group of the partnership's scheme ("Total crime").</param>
/// <param name="IsGroup">True for a group of crime types.</param>
/// <param name="Count">Crimes (or ASB incidents) in the period's months that the data holds.</param>
/// <param name="BaselineCount">The same in the baseline's months that the data holds; null when it holds none of them (no
/// data is not zero crimes), as are the baseline's rate, harm and county count.</param>
/// <param name="PercentChange">(count - baseline) / baseline x 100 over the months compared (those both periods hold); null
/// when the baseline is zero or no month can be compared.</param>
/// <param name="RatePer1000">Count per 1,000 residents of the period's population year, over the months held (not annualised).</param>
/// <param name="ShareOfTotal">Percentage of the area's Total crime in the period; null for ASB, which is not a crime.</param>
/// <param name="Rank">1 = the highest rate among <paramref name="RankOf"/> sibling areas (those with a population); null without population.</param>
/// <param name="Change">Count minus baseline over the months compared; when they differ in number, minus the baseline scaled
/// to the period's months. Null when no month can be compared.</param>
/// <param name="ChangeRank">1 = the greatest increase (largest % change) among the siblings; null without a comparison.</param>
/// <param name="PValue">Exact two-sided test that the period and baseline rates are equal (see PoissonRateComparison); null without a comparison.</param>
/// <param name="Significant">p &lt; 0.05: the change is more than normal variation; null without a comparison.</param>
/// <param name="Harm">Harm-weighted count: days of imprisonment (Cambridge Crime Harm Index) summed over the period's crimes.</param>
/// <param name="Series">Earlier periods of the same months (a three-year or longer series where the data has them), oldest first, then this period.</param>
public sealed record AssessmentRow(
    string Category,
    bool IsGroup,
    long Count,
    long? BaselineCount,
    long? Change,
    double? PercentChange,
    double? RatePer1000,
    double? BaselineRatePer1000,
    double? ShareOfTotal,
    int? Rank,
    int RankOf,
    int? ChangeRank,
    long CountyCount,
    long? CountyBaselineCount,
    double? CountyPercentChange,
    double? CountyRatePer1000,
    double? PValue,
    bool? Significant,
    double Harm,
    double? BaselineHarm,
    IReadOnlyList<SeriesPoint> Series,
    IReadOnlyList<MonthCount> Months,
    IReadOnlyList<string> MonthsThatStandOut)
{
    /// <summary>How many siblings have a % change (a baseline above zero): <see cref="ChangeRank"/> is out of this.</summary>
    public int ChangeRankOf { get; init; }

    /// <summary>How the category reads in a sentence and whether police activity drives it (from the offence scheme).</summary>
    public OffenceDescription Description { get; init; } = OffenceDescription.Default(Category);

    /// <summary>The period's count over the months compared (equal to <see cref="Count"/> unless months are missing); null without a comparison.</summary>
    public long? ComparedCount { get; init; }

    /// <summary>The baseline's count over the months compared; null without a comparison.</summary>
    public long? ComparedBaselineCount { get; init; }
}

/// <summary>A count for one earlier (or the current) period of a series.</summary>
public sealed record SeriesPoint(string From, string To, long Count);

/// <summary>A month's count; null when the data holds no month there (a gap is not a month of no crime). <paramref name="InPeriod"/> is false for baseline months.</summary>
public sealed record MonthCount(string Month, long? Count, bool InPeriod);
