using Csp.Core.Geometry;

namespace Csp.Core.Briefing;

/// <summary>A briefing for a window (see <see cref="BriefingWindow.Default"/>), as seen by one user.</summary>
public sealed record BriefingRequest(BriefingWindow Window)
{
    /// <summary>
    /// Whether the user may see personal data (the roles entitled to victims and callers). When false, repeat victims
    /// are given as counts without their keys.
    /// </summary>
    public bool PersonalDataEntitled { get; init; }

    /// <summary>The user's agency: a partner sees the tasks of their agency (and those referred to it). Null sees every task.</summary>
    public string? ViewerAgency { get; init; }

    /// <summary>Tasks due within this many days after the briefing's day are shown too (1: due by the next briefing).</summary>
    public int TaskLookAheadDays { get; init; } = 1;

    public RepeatRule RepeatLocations { get; init; } = RepeatRule.Locations;

    public RepeatRule RepeatVictims { get; init; } = RepeatRule.Victims;

    /// <summary>The near-repeat windows the Knox test found for this area (one per category tested); empty: no alerts.</summary>
    public IReadOnlyList<NearRepeatSignature> NearRepeat { get; init; } = [];

    /// <summary>The grid of emerging hot spots; null tests the places incidents were given (wards or LSOAs).</summary>
    public SquareGrid? EmergingGrid { get; init; }

    public double EmergingAlpha { get; init; } = 0.001;

    /// <summary>Categories counted (any case); null or empty: all.</summary>
    public IReadOnlyCollection<string>? Categories { get; init; }
}
