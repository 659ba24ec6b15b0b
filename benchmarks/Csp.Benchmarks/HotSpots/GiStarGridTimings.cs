using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Csp.Core.Geometry;
using Csp.Core.HotSpots;
using Csp.Core.Significance;

namespace Csp.Benchmarks.HotSpots;

/// <summary>
/// Gi* on grid counts kept in a file that the scipy peer (benchmarks/hotspots/peers/gistar_scipy.py) reads too, so both
/// sides time the same cells. The file: int32 columns, int32 rows (little-endian), then columns x rows float64 counts,
/// row by row from the south-west.
/// </summary>
internal static class GiStarGridTimings
{
    /// <summary>Counts of the located incidents in every Kent month of the bundled sample whose name starts with <paramref name="monthPrefix"/>.</summary>
    public static void ExportKent(string sampleDirectory, string monthPrefix, double cellSize, string file)
    {
        var points = new List<PlanarPoint>();
        foreach (var path in Directory.GetFiles(sampleDirectory, monthPrefix + "*-kent-street.csv.gz").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            reader.ReadLine(); // Crime ID,Month,Reported by,Falls within,Longitude,Latitude,...
            while (reader.ReadLine() is { } line)
            {
                var fields = line.Split(',');
                if (double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                    && double.TryParse(fields[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
                {
                    points.Add(BritishNationalGrid.FromWgs84(lon, lat));
                }
            }
        }
        var located = points.ToArray();
        var grid = new SquareGrid(GridExtent.Around(located, margin: 2 * cellSize), cellSize);
        Write(file, grid.Columns, grid.Rows, GridCounts.Count(grid, located).ToValues());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: Kent {monthPrefix}*, {located.Length:N0} incidents, {grid.Columns} x {grid.Rows} cells of {cellSize} m"));
    }

    /// <summary>Two points a cell on average over the synthetic city, as <c>quick gistar</c> has always used.</summary>
    public static void ExportSynthetic(int side, string file)
    {
        var grid = new SquareGrid(SyntheticData.Area, SyntheticData.Side / side);
        Write(file, grid.Columns, grid.Rows, GridCounts.Count(grid, SyntheticData.Points(2 * side * side)).ToValues());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: synthetic, {grid.Columns} x {grid.Rows} cells"));
    }

    /// <summary>One warm-up, then <paramref name="runs"/> timed runs of each variant; prints median, min and max.</summary>
    public static void Run(string file, int radius, int runs)
    {
        var (columns, rows, values) = Read(file);
        var grid = new SquareGrid(new Extent(0, 0, columns, rows), 1);
        var label = string.Create(CultureInfo.InvariantCulture, $"cells={values.Length} ({columns}x{rows}) window={2 * radius + 1}x{2 * radius + 1}");
        var z = Time("z", label, runs, () => GetisOrdGiStar.ZScoresOnGrid(columns, rows, values, radius));
        var buffer = new double[values.Length];
        Time("z-into-buffer", label, runs, () => { GetisOrdGiStar.ZScoresOnGridInto(columns, rows, values, radius, buffer); return buffer; });
        var none = Time("z+p+classes", label, runs, () => GetisOrdGiStar.OnGrid(grid, values, new GiStarOptions { NeighbourhoodRadius = radius, Correction = PValueCorrection.None }));
        var fdr = Time("z+p+fdr+classes", label, runs, () => GetisOrdGiStar.OnGrid(grid, values, new GiStarOptions { NeighbourhoodRadius = radius }));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours check: max z {z.Max():F6}, hot99 uncorrected {none.Classes.Count(c => c == HotSpotClass.HotSpot99)}, hot99 fdr {fdr.Classes.Count(c => c == HotSpotClass.HotSpot99)}"));
    }

    /// <summary>
    /// Wall clock and this thread's CPU time of each run (both sides are single-threaded). On a loaded machine the wall
    /// clock of a run of a few milliseconds is mostly waiting for a core; the CPU time is the work itself.
    /// </summary>
    private static T Time<T>(string what, string label, int runs, Func<T> run)
    {
        var result = run();
        var seconds = new double[runs];
        var cpu = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var cpuStart = ThreadCpuSeconds();
            var stopwatch = Stopwatch.StartNew();
            result = run();
            seconds[i] = stopwatch.Elapsed.TotalSeconds;
            cpu[i] = ThreadCpuSeconds() - cpuStart;
        }
        Array.Sort(seconds);
        Array.Sort(cpu);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours {what} {label}: median {Median(seconds) * 1e3:F3} ms, min {seconds[0] * 1e3:F3}, max {seconds[^1] * 1e3:F3} over {runs} runs after 1 warm-up; cpu median {Median(cpu) * 1e3:F3} ms, min {cpu[0] * 1e3:F3}, max {cpu[^1] * 1e3:F3}"));
        return result;

        static double Median(double[] sorted) => sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double ThreadCpuSeconds()
    {
        // CLOCK_THREAD_CPUTIME_ID = 3 on Linux.
        return ClockGetTime(3, out var t) == 0 ? t.Seconds + t.Nanoseconds * 1e-9 : double.NaN;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static void Write(string file, int columns, int rows, double[] values)
    {
        using var writer = new BinaryWriter(File.Create(file));
        writer.Write(columns);
        writer.Write(rows);
        foreach (var v in values) writer.Write(v);
    }

    private static (int Columns, int Rows, double[] Values) Read(string file)
    {
        using var reader = new BinaryReader(File.OpenRead(file));
        var columns = reader.ReadInt32();
        var rows = reader.ReadInt32();
        var values = new double[columns * rows];
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadDouble();
        return (columns, rows, values);
    }
}
