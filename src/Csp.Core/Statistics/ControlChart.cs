namespace Csp.Core.Statistics;

/// <summary>
/// Which months stand out against an area's own pattern: a c-chart (statistical process control for counts), as
/// performance analysts use. The centre line is the mean monthly count c̄ of the months given; a month stands out when it
/// lies outside c̄ ± 3√c̄, the limits within which a stable Poisson process stays 99.7% of the time.
/// </summary>
internal static class ControlChart
{
    public const double Sigmas = 3.0;

    /// <returns>The centre line, the lower and upper limits (lower floored at zero), and the indexes of the months outside them.</returns>
    public static (double Centre, double Lower, double Upper, IReadOnlyList<int> Outside) Assess(IReadOnlyList<long> monthlyCounts)
    {
        if (monthlyCounts.Count == 0) return (0, 0, 0, []);
        var centre = monthlyCounts.Average(c => (double)c);
        var spread = Sigmas * Math.Sqrt(centre);
        var (lower, upper) = (Math.Max(0, centre - spread), centre + spread);
        var outside = new List<int>();
        for (var i = 0; i < monthlyCounts.Count; i++)
        {
            if (monthlyCounts[i] > upper || monthlyCounts[i] < lower) outside.Add(i);
        }
        return (centre, lower, upper, outside);
    }
}
