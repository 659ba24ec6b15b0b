namespace Csp.Core.HotSpots;

/// <summary>
/// A place's Gi* verdict in the bins ArcGIS Hot Spot Analysis uses: the sign of the z-score and the confidence
/// 1 - p (after any correction for multiple testing), at 99%, 95% or 90%.
/// </summary>
public enum HotSpotClass
{
    NotSignificant = 0,
    HotSpot90 = 1,
    HotSpot95 = 2,
    HotSpot99 = 3,
    ColdSpot90 = -1,
    ColdSpot95 = -2,
    ColdSpot99 = -3,
}
