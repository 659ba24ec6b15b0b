namespace Csp.Core.HotSpots;

/// <summary>The smoothing kernel of a kernel density estimate.</summary>
public enum KernelShape
{
    /// <summary>
    /// Quartic (biweight) 3/(π r²) (1 - d²/r²)² for d &lt; r, 0 beyond: the crime-mapping default (ArcGIS Kernel
    /// Density, CrimeStat, QGIS heatmap). Its bandwidth is the radius r; its standard deviation per axis is r / √8,
    /// so it equals spatstat's "quartic" kernel with sigma = r / √8.
    /// </summary>
    Quartic = 0,

    /// <summary>Gaussian with standard deviation σ per axis, the bandwidth; as spatstat's and KernSmooth's default.</summary>
    Gaussian = 1,
}
