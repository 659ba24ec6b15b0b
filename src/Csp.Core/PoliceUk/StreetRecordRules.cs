using Csp.Core.Periods;

namespace Csp.Core.PoliceUk;

/// <summary>What a plausible police.uk street-level row looks like.</summary>
public static class StreetRecordRules
{
    /// <summary>data.police.uk street-level data begins with December 2010.</summary>
    public static readonly YearMonth FirstPublishedMonth = new(2010, 12);

    /// <summary>
    /// A box around the British Isles and their waters, in WGS84 degrees (bounds inclusive): anything outside (0,0, a
    /// swapped pair, a sign lost) is not a police.uk snap point. Generous on purpose: British Transport Police publishes
    /// a few points just off the east coast (2.06 E, 55.95 N), and those are real rows.
    /// </summary>
    public const double MinLongitude = -11.0, MaxLongitude = 3.5, MinLatitude = 49.0, MaxLatitude = 62.0;

    public static bool IsPlausibleCoordinate(double longitude, double latitude) =>
        longitude is >= MinLongitude and <= MaxLongitude && latitude is >= MinLatitude and <= MaxLatitude;

    /// <summary>A month is plausible from <see cref="FirstPublishedMonth"/> up to and including <paramref name="currentMonth"/>.</summary>
    public static bool IsPlausibleMonth(YearMonth month, YearMonth currentMonth) =>
        month >= FirstPublishedMonth && month <= currentMonth;
}
