namespace Csp.Core.HotSpots;

internal static class HotSpotClassExtensions
{
    /// <summary>Plain words for a map legend or report: "hot spot, 99% confidence", "cold spot, 95% confidence", "not significant".</summary>
    public static string Label(this HotSpotClass hotSpotClass) => hotSpotClass switch
    {
        HotSpotClass.HotSpot99 => "hot spot, 99% confidence",
        HotSpotClass.HotSpot95 => "hot spot, 95% confidence",
        HotSpotClass.HotSpot90 => "hot spot, 90% confidence",
        HotSpotClass.ColdSpot99 => "cold spot, 99% confidence",
        HotSpotClass.ColdSpot95 => "cold spot, 95% confidence",
        HotSpotClass.ColdSpot90 => "cold spot, 90% confidence",
        _ => "not significant",
    };

    /// <summary>The bin for a z-score and its (adjusted) two-sided p-value.</summary>
    public static HotSpotClass Classify(double z, double pValue)
    {
        var level = pValue <= 0.01 ? 3 : pValue <= 0.05 ? 2 : pValue <= 0.10 ? 1 : 0;
        if (level == 0 || z == 0 || double.IsNaN(z)) return HotSpotClass.NotSignificant;
        return (HotSpotClass)(z > 0 ? level : -level);
    }
}
