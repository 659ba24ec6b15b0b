using System.Globalization;
using BenchmarkDotNet.Attributes;
using Csp.Core.Cases.Repeats;

namespace Csp.Benchmarks.Cases;

/// <summary>Goal (issue 19): repeat victim/location detection over 1,000,000 incidents under 1 s.</summary>
[MemoryDiagnoser]
public class RepeatFinderBenchmarks
{
    private KeyedIncident[] _incidents = [];
    private int[] _keys = [];
    private DateOnly[] _dates = [];

    [Params(1_000_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup() => (_incidents, _keys, _dates) = Make(Incidents);

    /// <summary>Incidents over three years among 100,000 victims (a tenth of the count), a few victims far more often than most.</summary>
    public static (KeyedIncident[] Incidents, int[] Keys, DateOnly[] Dates) Make(int count)
    {
        var random = new Random(19);
        var victims = Math.Max(1, count / 10);
        var names = Enumerable.Range(0, victims).Select(i => "V" + i.ToString("D7", CultureInfo.InvariantCulture)).ToArray();
        var first = new DateOnly(2023, 1, 1).DayNumber;
        var incidents = new KeyedIncident[count];
        var keys = new int[count];
        var dates = new DateOnly[count];
        for (var i = 0; i < count; i++)
        {
            // Squaring a uniform draw skews towards low ids: repeat victims are a minority with many incidents.
            var u = random.NextDouble();
            var victim = (int)(u * u * victims);
            var date = DateOnly.FromDayNumber(first + random.Next(3 * 365));
            incidents[i] = new KeyedIncident(names[victim], date);
            keys[i] = victim;
            dates[i] = date;
        }
        return (incidents, keys, dates);
    }

    [Benchmark]
    public int TextKeys() => RepeatFinder.Find(_incidents, RepeatRule.Default, RepeatKind.Victim).Count;

    [Benchmark]
    public int NumberedKeys() => RepeatFinder.Find(_keys, _dates, RepeatRule.Default).Count;
}
