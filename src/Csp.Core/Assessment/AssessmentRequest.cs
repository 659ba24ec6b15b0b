using Csp.Core.Areas;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Core.Priorities;

namespace Csp.Core.Assessment;

/// <param name="PopulationYear">The estimate to use for both periods; null chooses for each period the latest estimate year not after the period's end.</param>
/// <param name="MissingMonths">Months the data lacks for the forces serving the area (found by the caller from what was imported).</param>
/// <param name="Partial">The user asked for the comparison although months are missing.</param>
public sealed record AssessmentRequest(
    Area Area,
    PeriodComparison Periods,
    OffenceScheme Scheme,
    PriorityJudgements Judgements,
    int? PopulationYear,
    IReadOnlyList<MissingMonth> MissingMonths,
    bool Partial)
{
    /// <summary>
    /// The months every force serving the area has data for; null when all months in the data's range are held. The
    /// series of earlier years leaves out a year whose months are not all held (a gap is not a fall to zero).
    /// </summary>
    public IReadOnlySet<YearMonth>? MonthsHeld { get; init; }

    /// <summary>The area's comparator group (Home Office Most Similar Group, entered as data); null = none configured.</summary>
    public Comparators.MostSimilarGroup? ComparatorGroup { get; init; }
}
