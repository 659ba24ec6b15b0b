using Csp.Core.Areas;
using Csp.Core.Briefing;
using Csp.Workbench.Assessment;

namespace Csp.Workbench.Briefing;

/// <summary>The briefing of an area, or why there is none (<see cref="Kind"/> and <see cref="Problem"/>).</summary>
/// <param name="Incidents">The area's incidents the briefing was built on (their demonstration flag, what could not be placed).</param>
/// <param name="EmergingWards">For each emerging hot spot (in order), the ward most of its recent incidents are in.</param>
/// <param name="NearRepeat">The near-repeat windows the Knox test found for the area (one per burglary category with a significant pattern).</param>
/// <param name="NearRepeatMethod">How they were found, in words (and for which categories none was).</param>
/// <param name="LastHeld">The last briefing held for the area before this one's end, if any.</param>
public sealed record BriefingOutcome(
    AnswerKind Kind,
    string? Problem,
    Area? Area,
    BriefingResult? Result,
    PlacedIncidents? Incidents,
    IReadOnlyList<string?> EmergingWards,
    IReadOnlyList<NearRepeatSignature> NearRepeat,
    string NearRepeatMethod,
    HeldBriefing? LastHeld)
{
    public static BriefingOutcome Refused(AnswerKind kind, string problem, Area? area = null) => new(kind, problem, area, null, null, [], [], "", null);
}

/// <summary>A briefing held: its window (UK local time) and who held it.</summary>
public sealed record HeldBriefing(long Id, string AreaCode, DateTime Since, DateTime Until, DateTimeOffset HeldAt, string HeldBy, int Incidents);
