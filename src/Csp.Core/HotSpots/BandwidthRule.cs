using Csp.Core.Geometry;

namespace Csp.Core.HotSpots;

/// <summary>Rules that choose a kernel bandwidth from the points themselves.</summary>
internal static class BandwidthRule
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

    /// <summary>The tasking bandwidth's bounds, metres, inclusive: below 200 m a density map shows single addresses, above 800 m
    /// it smooths a town's hot spots into one (a neighbourhood policing beat is about a kilometre across).</summary>
    public const double MinimumTaskingBandwidth = 200, MaximumTaskingBandwidth = 800;

    /// <summary>The neighbour whose distance sets the tasking bandwidth: the kernel around a place then reaches about five others.</summary>
    public const int TaskingNeighbour = 5;

    /// <summary>
    /// The default for maps a CSU tasks officers on: the median, over the distinct incident locations, of the distance
    /// from each to its 5th nearest other location (the farthest when there are fewer), kept within 200 to 800 m.
    /// Distinct locations, because police.uk moves every incident to one of a set of anonymous snap points and ten
    /// incidents at one point are one place. It follows the spacing of the incidents mapped (burglary in a district:
    /// about 500 m; all crime: about 200 m), where Scott's rule follows the spread of the whole district (2.7 km for
    /// Gravesham's burglaries).
    /// </summary>
    public static double NearestNeighbour(ReadOnlySpan<PlanarPoint> points)
    {
        var places = new HashSet<PlanarPoint>();
        foreach (var p in points) places.Add(p);
        if (places.Count < 2) return MinimumTaskingBandwidth;
        var list = places.ToArray();
        var k = Math.Min(TaskingNeighbour, list.Length - 1);
        var distances = new double[list.Length];
        var nearest = new double[list.Length - 1];
        // O(n²) over distinct places: a district's year of all crime has about a thousand snap points, so a million distances.
        for (var i = 0; i < list.Length; i++)
        {
            var j = 0;
            for (var o = 0; o < list.Length; o++)
            {
                if (o != i) nearest[j++] = Math.Sqrt((list[i].X - list[o].X) * (list[i].X - list[o].X) + (list[i].Y - list[o].Y) * (list[i].Y - list[o].Y));
            }
            Array.Sort(nearest);
            distances[i] = nearest[k - 1];
        }
        Array.Sort(distances);
        var n = distances.Length;
        var median = n % 2 == 1 ? distances[n / 2] : (distances[n / 2 - 1] + distances[n / 2]) / 2;
        return Math.Clamp(median, MinimumTaskingBandwidth, MaximumTaskingBandwidth);
    }
}
