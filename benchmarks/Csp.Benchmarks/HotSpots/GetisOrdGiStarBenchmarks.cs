using BenchmarkDotNet.Attributes;
using Csp.Core.Geometry;
using Csp.Core.HotSpots;
using Csp.Core.Significance;

namespace Csp.Benchmarks.HotSpots;

/// <summary>Goal: Gi* on 1 million cells under 50 ms.</summary>
[MemoryDiagnoser]
public class GetisOrdGiStarBenchmarks
{
    private double[] _values = [];
    private SquareGrid _grid = null!;

    [GlobalSetup]
    public void Setup()
    {
        _grid = new SquareGrid(SyntheticData.Area, SyntheticData.Side / 1000); // 1000 x 1000 cells
        _values = GridCounts.Count(_grid, SyntheticData.Points(2_000_000)).ToValues();
    }

    [Benchmark(Baseline = true)]
    public double[] ZScoresOneMillionCells() => GetisOrdGiStar.ZScoresOnGrid(_grid.Columns, _grid.Rows, _values);

    [Benchmark]
    public GiStarResult WithPValuesAndFdrOneMillionCells() => GetisOrdGiStar.OnGrid(_grid, _values);

    [Benchmark]
    public GiStarResult WithPValuesUncorrectedOneMillionCells() =>
        GetisOrdGiStar.OnGrid(_grid, _values, new GiStarOptions { Correction = PValueCorrection.None });
}
