using Csp.Core.Performance;
using Csp.Workbench.Assessment;

namespace Csp.Workbench.Performance;

/// <summary>The performance table of an area, or why there is none (<see cref="Kind"/> and <see cref="Problem"/>).</summary>
/// <param name="Values">The returned figures the table and its breakdown tables read (the area, its districts, the wider areas returns name).</param>
/// <param name="Notes">What a reader must know: measures from sources not yet read here, the configuration's bad lines.</param>
public sealed record PerformanceOutcome(AnswerKind Kind, string? Problem, PerformanceResult? Result, IReadOnlyList<ReturnValue> Values, IReadOnlyList<string> Notes)
{
    /// <summary>
    /// The area's position in its Most Similar Group per category (1 = lowest rate) against the period before, as the
    /// reader may see it, the same the quarterly report shows; null when the area has no comparator group or no police.uk data.
    /// </summary>
    public Core.Reports.MostSimilarGroupPositions? MostSimilarGroup { get; init; }

    public static PerformanceOutcome Refused(AnswerKind kind, string problem) => new(kind, problem, null, [], []);
}
