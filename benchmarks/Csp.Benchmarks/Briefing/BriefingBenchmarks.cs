using BenchmarkDotNet.Attributes;
using Csp.Core.Briefing;
using Csp.Core.Geometry;

namespace Csp.Benchmarks.Briefing;

/// <summary>
/// Goals (issue 20): the briefing over 5 million incidents (24 hours of a district) under 200 ms warm; emerging hot
/// spots for a district under 500 ms; the time profile over 1 million incidents under 100 ms.
/// </summary>
/// <remarks>
/// 5 million incidents over six years in a 20 km × 15 km district (about 2,300 a day: far more than a real district, so
/// every slice is as heavy as the goal allows), ten categories, 30 wards, 200,000 addresses and 300,000 victim keys.
/// </remarks>
[MemoryDiagnoser]
public class BriefingBenchmarks
{
    public static readonly DateTime Until = new(2025, 12, 2, 9, 0, 0); // a Tuesday: a 24-hour briefing
    public static readonly SquareGrid Grid = new(new Extent(555_000, 165_000, 575_000, 180_000), 250);
    private IncidentIndex _index = null!;

    public static IncidentIndex Incidents(int count)
    {
        var random = new Random(1);
        var builder = new IncidentIndexBuilder();
        var start = new DateOnly(2020, 1, 1);
        string[] categories = ["ASB", "Burglary", "Violence", "Criminal damage", "Theft", "Vehicle crime", "Shoplifting", "Drugs", "Public order", "Robbery"];
        for (var i = 0; i < count; i++)
        {
            builder.Add("I" + i, start.AddDays(random.Next(0, 2190)), random.Next(10) == 0 ? null : new TimeOnly(random.Next(24), random.Next(60)),
                categories[random.Next(categories.Length)], 555_000 + random.NextDouble() * 20_000, 165_000 + random.NextDouble() * 15_000,
                "W" + random.Next(30), "L" + random.Next(200_000), "V" + random.Next(300_000));
        }
        return builder.Build();
    }

    [GlobalSetup]
    public void Setup() => _index = Incidents(5_000_000);

    [Benchmark]
    public BriefingResult Briefing24Hours() => DailyBriefing.Build(new BriefingRequest(BriefingWindow.Default(Until))
    {
        EmergingGrid = Grid,
        NearRepeat = [new NearRepeatSignature("Burglary", 201, 14)],
    }, _index, []);

    [Benchmark]
    public EmergingHotSpotsResult EmergingHotSpotsOnGrid() => EmergingHotSpots.Find(_index, new EmergingHotSpotOptions(Until) { Grid = Grid });

    /// <summary>The year 2021: about 830,000 of the 5 million.</summary>
    [Benchmark]
    public TimeProfileResult TimeProfileOfAYear() =>
        TimeProfile.Compute(_index, new TimeProfileRequest(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), null, TimeOfDayWindow.Parse("19:00-01:00")));
}
