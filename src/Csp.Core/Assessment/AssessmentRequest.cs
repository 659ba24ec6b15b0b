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
    bool Partial);
