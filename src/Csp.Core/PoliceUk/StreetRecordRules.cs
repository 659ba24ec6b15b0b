using Csp.Core.Periods;

namespace Csp.Core.PoliceUk;

/// <summary>What a plausible police.uk street-level row looks like.</summary>
public static class StreetRecordRules
{
    /// <summary>data.police.uk street-level data begins with December 2010.</summary>
    public static readonly YearMonth FirstPublishedMonth = new(2010, 12);

    /// <summary>A box around the UK and its waters, in WGS84 degrees (bounds inclusive): anything outside is not a police.uk snap point.</summary>
    public const double MinLongitude = -8.75, MaxLongitude = 2.0, MinLatitude = 49.8, MaxLatitude = 60.9;

    public static bool IsPlausibleCoordinate(double longitude, double latitude) =>
        longitude is >= MinLongitude and <= MaxLongitude && latitude is >= MinLatitude and <= MaxLatitude;

    /// <summary>A month is plausible from <see cref="FirstPublishedMonth"/> up to and including <paramref name="currentMonth"/>.</summary>
    public static bool IsPlausibleMonth(YearMonth month, YearMonth currentMonth) =>
        month >= FirstPublishedMonth && month <= currentMonth;
}
