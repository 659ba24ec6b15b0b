using Csp.Core.Geometry;

namespace Csp.Core.HotSpots;

/// <summary>Rules that choose a kernel bandwidth from the points themselves.</summary>
public static class BandwidthRule
{
    /// <summary>
    /// Scott's rule for two dimensions, isotropic: σ = √(sd_x × sd_y) × n^(-1/6), in metres, with sample standard
    /// deviations (n - 1 denominator). Equals spatstat's <c>bw.scott(X, isotropic = TRUE)</c>. It suits one broad
    /// cluster and oversmooths many small ones; give a bandwidth when the analyst knows the scale of interest.
    /// </summary>
    public static double Scott(ReadOnlySpan<PlanarPoint> points)
    {
        var n = points.Length;
        if (n < 2) throw new ArgumentException("Scott's rule needs at least two points.", nameof(points));
        double mx = 0, my = 0;
        foreach (var p in points)
        {
            mx += p.X;
            my += p.Y;
        }
        mx /= n;
        my /= n;
        double sxx = 0, syy = 0;
        foreach (var p in points)
        {
            sxx += (p.X - mx) * (p.X - mx);
            syy += (p.Y - my) * (p.Y - my);
        }
        var sdx = Math.Max(Math.Sqrt(sxx / (n - 1)), double.Epsilon);
        var sdy = Math.Max(Math.Sqrt(syy / (n - 1)), double.Epsilon);
        return Math.Sqrt(sdx * sdy) * Math.Pow(n, -1.0 / 6.0);
    }
}
