using Csp.Core.Geometry;

namespace Csp.Core.Briefing;

/// <summary>How emerging hot spots are found as at <paramref name="Until"/> (UK local time, excluded: the briefing's end).</summary>
public sealed record EmergingHotSpotOptions(DateTime Until)
{
    /// <summary>The grid whose cells are the places; null tests the places the incidents were given (wards or LSOAs).</summary>
    public SquareGrid? Grid { get; init; }

    /// <summary>Days of the place's own history before the recent 28 days: 364 (52 weeks, so every day of the week equally).</summary>
    public int BaselineDays { get; init; } = 364;

    /// <summary>A window is flagged when P(X ≥ recent) under the place's own rate is below this.</summary>
    public double Alpha { get; init; } = 0.001;

    /// <summary>Fewer incidents than this in a window are never flagged, however rare for the place (one incident is not a hot spot).</summary>
    public int MinimumCount { get; init; } = 3;

    /// <summary>Categories to test (any case); null or empty: each category held.</summary>
    public IReadOnlyCollection<string>? Categories { get; init; }
}
