namespace Csp.Core.HotSpots;

/// <summary>Settings for <see cref="KernelDensity"/>.</summary>
public sealed record KernelDensityOptions
{
    public KernelShape Kernel { get; init; } = KernelShape.Quartic;

    /// <summary>
    /// Metres: the radius of the quartic kernel, or the standard deviation of the Gaussian. Null chooses it by
    /// <see cref="BandwidthRule.Scott"/>: σ = √(sd_x sd_y) n^(-1/6), used as the Gaussian σ, or as the quartic radius √8 σ
    /// (the radius of the quartic kernel with that standard deviation).
    /// </summary>
    public double? Bandwidth { get; init; }

    /// <summary>
    /// The Gaussian kernel is cut at this many standard deviations along each axis (a square window) and rescaled to
    /// keep its mass: at 4 the window holds all but 1.3e-4 of the Gaussian (6.3e-5 per axis) before rescaling. KernSmooth's bkde2D uses 3.4.
    /// </summary>
    public double GaussianTruncation { get; init; } = 4.0;

    /// <summary>Threads for the convolution; null uses every processor.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
