using Csp.Core.Geometry;
using Csp.Core.NearRepeat;

namespace Csp.Benchmarks;

/// <summary>
/// Deterministic city-like test data: a 25 km square in metres, 70% of points in 300 m clusters round 400 centres
/// and 30% scattered, dates over one year. The same seed always gives the same data.
/// </summary>
internal static class SyntheticData
{
    public const double Side = 25_000;

    public static Extent Area => new(0, 0, Side, Side);

    public static NearRepeatEvent[] Incidents(int count, int seed = 2016)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, 400).Select(_ => (X: random.NextDouble() * Side, Y: random.NextDouble() * Side)).ToArray();
        var start = new DateOnly(2016, 1, 1);
        var events = new NearRepeatEvent[count];
        for (var i = 0; i < count; i++)
        {
            double x, y;
            if (random.NextDouble() < 0.7)
            {
                var (cx, cy) = centres[random.Next(centres.Length)];
                x = Math.Clamp(cx + Normal(random) * 300, 0, Side);
                y = Math.Clamp(cy + Normal(random) * 300, 0, Side);
            }
            else
            {
                x = random.NextDouble() * Side;
                y = random.NextDouble() * Side;
            }
            events[i] = new NearRepeatEvent(Math.Round(x, 2), Math.Round(y, 2), start.AddDays(random.Next(366)));
        }
        return events;
    }

    public static PlanarPoint[] Points(int count, int seed = 2016) =>
        Incidents(count, seed).Select(e => new PlanarPoint(e.X, e.Y)).ToArray();

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
