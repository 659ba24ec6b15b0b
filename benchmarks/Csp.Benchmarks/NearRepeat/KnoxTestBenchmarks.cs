using BenchmarkDotNet.Attributes;
using Csp.Core.NearRepeat;

namespace Csp.Benchmarks.NearRepeat;

/// <summary>Goal: 5,000 incidents x 999 permutations under 1.5 s; 80,000 x 999 under 60 s and 1 GB.</summary>
[MemoryDiagnoser]
public class KnoxTestBenchmarks
{
    private NearRepeatEvent[] _incidents = [];

    [Params(5_000, 80_000)]
    public int Incidents { get; set; }

    public static KnoxTestOptions Options => new(
        DistanceBands.FromBreaks(0, 1, 101, 201, 301, 401, double.PositiveInfinity),
        DistanceBands.FromBreaks(0, 8, 15, 22, 29, double.PositiveInfinity))
    { Permutations = 999, Seed = 1 };

    [GlobalSetup]
    public void Setup() => _incidents = SyntheticData.Incidents(Incidents);

    [Benchmark]
    public KnoxTestResult Knox999Permutations() => KnoxTest.Run(_incidents, Options);
}
