namespace Csp.Core.Performance;

/// <summary>
/// A measure the partnership reports on (seed 004, "How we will measure our impact"; seed 001, "How will we measure our
/// success?"): what it counts, where the figures come from, which way is better and what the target is.
/// </summary>
/// <param name="Name">Unique, as returns name it: "Youth justice first-time entrants".</param>
/// <param name="SourceKey">What the source calls it: the police.uk crime type or category, the return's measure name,
/// or the incident category.</param>
/// <param name="Target">The target everywhere, unless <paramref name="AreaTargets"/> gives one for the area; null = no target.</param>
/// <param name="AreaTargets">Targets for particular areas, keyed by ONS code or name (seed 001: reduce in Dartford,
/// "maintain the low level" in Gravesham).</param>
/// <param name="OwnerAgency">The agency that owns the figure and returns it (Kent Fire and Rescue Service).</param>
/// <param name="Priority">The strategic priority it serves, as the strategy names it ("Anti-social behaviour").</param>
/// <param name="Baseline">A fixed baseline (the level a strategy started from); null compares with the baseline period
/// of the request (the same period a year earlier).</param>
/// <param name="Tolerance">The amber band: per cent of the target level, or percentage points for a percentage measure;
/// null takes the <see cref="RagRule"/>'s default.</param>
/// <param name="RateAgeBand">For a rate per 1,000 computed from returned counts: the age band whose residents are the
/// denominator (10-17 for youth offending); null = all ages.</param>
public sealed record Measure(
    string Name,
    string Definition,
    MeasureSourceKind SourceKind,
    string SourceKey,
    MeasureUnit Unit,
    Polarity Polarity,
    MeasureTarget? Target,
    IReadOnlyDictionary<string, MeasureTarget> AreaTargets,
    string OwnerAgency,
    string Priority,
    decimal? Baseline = null,
    decimal? Tolerance = null,
    AgeBand? RateAgeBand = null)
{
    /// <summary>The agency of the web app (as its agencies are named: "Fire and Rescue Service") whose partner officers enter
    /// this measure's returns; null = only analysts and administrators import it.</summary>
    public string? Agency { get; init; }

    /// <summary>
    /// A returned percentage of people who could be identified when few (the domestic abuse repeat victims share): withheld
    /// from a reader who may not see small numbers when its return gives a base of 1-4 (<see cref="ShareBase"/>), and noted
    /// for them when the return gives no base (<see cref="ShareSuppression.UnbasedNote"/>). Configured in
    /// measures.csv, <c>share_of_people</c> = yes.
    /// </summary>
    public bool ShareOfPeople { get; init; }

    /// <summary>For a repeat victims measure: how many months back another incident makes a repeat (12 unless configured).</summary>
    public int WindowMonths { get; init; } = 12;

    /// <summary>
    /// The series the engine reads: a return's measure name as it is; a counted source prefixed by its kind, so that a
    /// police.uk crime type and a returned measure of the same name never share a series.
    /// </summary>
    public string SeriesKey => SourceKind switch
    {
        MeasureSourceKind.PoliceUkCategory => "police.uk|" + SourceKey,
        MeasureSourceKind.IncidentCount => "incidents|" + SourceKey,
        MeasureSourceKind.RepeatVictims => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"repeat victims|{WindowMonths}"),
        _ => SourceKey,
    };

    /// <summary>The target set for this area by code or name, else null (see <see cref="TargetFor"/>).</summary>
    public MeasureTarget? OwnTargetFor(PerformanceArea area)
    {
        if (AreaTargets.Count == 0) return null;
        foreach (var (key, target) in AreaTargets)
        {
            if (area.Is(key)) return target;
        }
        return null;
    }

    /// <summary>The area's own target, else the general one.</summary>
    public MeasureTarget? TargetFor(PerformanceArea area) => OwnTargetFor(area) ?? Target;
}
