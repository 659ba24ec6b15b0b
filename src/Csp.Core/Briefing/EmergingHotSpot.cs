using Csp.Core.Geometry;

namespace Csp.Core.Briefing;

/// <summary>
/// A place and category whose recent count is improbably high for the place's own usual rate.
/// <see cref="Window"/>, <see cref="Recent"/>, <see cref="Expected"/> and <see cref="PValue"/> are those of the window
/// (7 or 28 days) with the smaller p-value; both windows are given in full.
/// </summary>
/// <param name="Centre">The cell's centre (British National Grid metres) when places are grid cells; null for named places.</param>
/// <param name="Baseline">Incidents in the place and category over the baseline days before the 28-day window.</param>
public sealed record EmergingHotSpot(
    string Place,
    string Category,
    int Window,
    int Recent,
    double Expected,
    double PValue,
    int Recent7,
    double Expected7,
    double PValue7,
    int Recent28,
    double Expected28,
    double PValue28,
    int Baseline,
    PlanarPoint? Centre);
