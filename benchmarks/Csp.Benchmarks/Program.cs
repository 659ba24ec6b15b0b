using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Csp.Benchmarks;
using Csp.Benchmarks.NearRepeat;
using Csp.Core.Consultation;
using Csp.Core.Geometry;
using Csp.Core.HotSpots;
using Csp.Core.NearRepeat;

// BenchmarkDotNet:  dotnet run -c Release --project benchmarks/Csp.Benchmarks -- --filter '*'
// Quick timings and data export for benchmarks/hotspots/run-peers.sh:
//   quick knox <incidents> <permutations> | quick kde <points> <cells per side> <gaussian|quartic> <bandwidth m>
//   quick gistar <cells per side> | quick tabulate [responses] | export incidents <count> <file> | export points <count> <file>
//   quick chromium [runs] | quick chromium-pdf [runs]  (the real browser: CSP_CHROMIUM or /usr/bin/chromium; -pdf: ours against Playwright) | quick repeats <incidents>
//   quick briefing  (the daily briefing, emerging hot spots and time profile over 5 million incidents)
//   quick cases [cases] [incidents per case] [runs]  (the ASB case lists, search and a case page, SQLite and PostgreSQL)
// Grid counts shared with the scipy Gi* peer (benchmarks/hotspots/gistar-vs-scipy.sh):
//   export gistar-kent <sample dir> <month prefix> <cell size m> <file> | export gistar-synthetic <cells per side> <file>
//   quick gistar-file <file> <radius> <runs>
var inv = CultureInfo.InvariantCulture;
if (args.Length == 6 && args[0] == "export" && args[1] == "gistar-kent")
{
    Csp.Benchmarks.HotSpots.GiStarGridTimings.ExportKent(args[2], args[3], double.Parse(args[4], inv), args[5]);
    return 0;
}
if (args.Length == 4 && args[0] == "export" && args[1] == "gistar-synthetic")
{
    Csp.Benchmarks.HotSpots.GiStarGridTimings.ExportSynthetic(int.Parse(args[2], inv), args[3]);
    return 0;
}
if (args.Length == 5 && args[0] == "quick" && args[1] == "gistar-file")
{
    Csp.Benchmarks.HotSpots.GiStarGridTimings.Run(args[2], int.Parse(args[3], inv), int.Parse(args[4], inv));
    return 0;
}
if (args.Length >= 1 && args[0] is "import" or "assess" or "report" or "web" or "cold" or "soak" or "survey-form" or "survey-tables" or "performance")
{
    // csp bench ...: ./csp runs this program with the arguments after "bench".
    var database = new System.CommandLine.Option<string?>("--database")
    {
        Description = "SQLite file path or PostgreSQL connection string. Default: $CSP_DATABASE, else data/db/csp.sqlite.",
        Recursive = true,
    };
    var bench = BenchCommand.Create(database);
    bench.Options.Add(database);
    return await bench.Parse(args).InvokeAsync().ConfigureAwait(false);
}
if (args.Length >= 2 && args[0] == "quick" && args[1] == "cases")
{
    // The ASB case lists, search and a case page at 100,000 cases and 1,000,000 incidents on SQLite and PostgreSQL (issue 19).
    await Csp.Benchmarks.Cases.CaseListTimings.RunAsync(args.Length > 2 ? int.Parse(args[2], inv) : 100_000, args.Length > 3 ? int.Parse(args[3], inv) : 10,
        args.Length > 4 ? int.Parse(args[4], inv) : 20);
    return 0;
}
if (args.Length >= 2 && args[0] == "quick" && args[1] is "chromium" or "chromium-pdf")
{
    // chromium-pdf: only the PDF printing, ours against Playwright for .NET in turn.
    await Csp.Benchmarks.Reporting.ChromiumTimings.RunAsync(args.Length > 2 ? int.Parse(args[2], inv) : 5, printersOnly: args[1] == "chromium-pdf");
    return 0;
}
if (args.Length >= 2 && args[0] == "quick")
{
    var stopwatch = new Stopwatch();
    switch (args[1])
    {
        case "knox":
        {
            var incidents = SyntheticData.Incidents(int.Parse(args[2], inv));
            var options = KnoxTestBenchmarks.Options with { Permutations = int.Parse(args[3], inv) };
            KnoxTest.Run(incidents.Take(500).ToArray(), options with { Permutations = 9 }); // warm up
            stopwatch.Start();
            var result = KnoxTest.Run(incidents, options);
            stopwatch.Stop();
            var close = result.Cells.Where(c => c.SpaceTo is not null).Sum(c => c.Observed);
            Report($"knox n={incidents.Length} permutations={options.Permutations} pairs<401m={close}", stopwatch);
            break;
        }
        case "kde":
        {
            var points = SyntheticData.Points(int.Parse(args[2], inv));
            var side = int.Parse(args[3], inv);
            var grid = new SquareGrid(SyntheticData.Area, SyntheticData.Side / side);
            var options = new KernelDensityOptions
            {
                Kernel = args[4] == "quartic" ? KernelShape.Quartic : KernelShape.Gaussian,
                Bandwidth = double.Parse(args[5], inv),
            };
            var result = Best(5, () => KernelDensity.Estimate(grid, points, options), out var time);
            Report($"kde n={points.Length} grid={side}x{side} kernel={options.Kernel} bandwidth={options.Bandwidth} max={result.Intensity.Max().ToString("G6", inv)} (5 runs)", time);
            break;
        }
        case "gistar":
        {
            var side = int.Parse(args[2], inv);
            var grid = new SquareGrid(SyntheticData.Area, SyntheticData.Side / side);
            var values = GridCounts.Count(grid, SyntheticData.Points(2 * side * side)).ToValues();
            var z = Best(7, () => GetisOrdGiStar.ZScoresOnGrid(grid.Columns, grid.Rows, values), out var zTime);
            Report($"gistar z-scores cells={values.Length} max z={z.Max().ToString("F3", inv)} (7 runs)", zTime);
            var fdr = Best(7, () => GetisOrdGiStar.OnGrid(grid, values), out var fdrTime);
            Report($"gistar z + p + FDR classes cells={values.Length} hot99={fdr.Classes.Count(c => c == HotSpotClass.HotSpot99)} (7 runs)", fdrTime);
            var none = Best(7, () => GetisOrdGiStar.OnGrid(grid, values, new GiStarOptions { Correction = Csp.Core.Significance.PValueCorrection.None }), out var noneTime);
            Report($"gistar z + p, uncorrected classes cells={values.Length} hot99={none.Classes.Count(c => c == HotSpotClass.HotSpot99)} (7 runs)", noneTime);
            break;
        }
        case "tabulate":
        {
            var (matrix, weights) = Csp.Benchmarks.Consultation.SurveyTabulationBenchmarks.Synthetic(args.Length > 2 ? int.Parse(args[2], inv) : 100_000);
            var results = Best(7, () => SurveyTabulator.Tabulate(matrix, weights), out var time);
            Report($"tabulate responses={matrix.Count} questions={matrix.Survey.Questions.Count} columns={matrix.Columns.Count} weighted tables={results.Weighted.Count} (7 runs)", time);
            break;
        }
        case "briefing":
        {
            var bench = new Csp.Benchmarks.Briefing.BriefingBenchmarks();
            bench.Setup();
            var briefing = Best(5, bench.Briefing24Hours, out var briefingTime);
            Report($"briefing 24 hours of 5,000,000 incidents: {briefing.Total} in the window, {briefing.Emerging.Count} emerging (5 runs)", briefingTime);
            var emerging = Best(5, bench.EmergingHotSpotsOnGrid, out var emergingTime);
            Report($"emerging hot spots {emerging.Tests} cells x categories, {emerging.HotSpots.Count} flagged, {emerging.ExpectedFalseAlarms:F1} expected by chance (5 runs)", emergingTime);
            var profile = Best(5, bench.TimeProfileOfAYear, out var profileTime);
            Report($"time profile of {profile.Total} incidents (5 runs)", profileTime);
            break;
        }
        case "repeats":
        {
            var (incidents, keys, dates) = Csp.Benchmarks.Cases.RepeatFinderBenchmarks.Make(int.Parse(args[2], inv));
            var rule = Csp.Core.Cases.Repeats.RepeatRule.Default;
            // CPU time beside wall time: on a machine shared with builds the wall clock says more about the neighbours.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var text = Best(5, () => Csp.Core.Cases.Repeats.RepeatFinder.Find(incidents, rule, Csp.Core.Cases.Repeats.RepeatKind.Victim), out var textTime);
            var textCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / 6;
            Report($"repeat victims n={incidents.Length} text keys, {text.Count} repeat victims (5 runs; mean CPU {textCpu.ToString("F3", inv)} s)", textTime);
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var numbered = Best(5, () => Csp.Core.Cases.Repeats.RepeatFinder.Find(keys, dates, rule), out var numberedTime);
            var numberedCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / 6;
            Report($"repeat victims n={incidents.Length} numbered keys, {numbered.Count} repeat victims (5 runs; mean CPU {numberedCpu.ToString("F3", inv)} s)", numberedTime);
            break;
        }
        default:
            throw new ArgumentException($"Unknown quick benchmark '{args[1]}'.");
    }
    return 0;
}
if (args.Length == 4 && args[0] == "export")
{
    var count = int.Parse(args[2], inv);
    using var writer = new StreamWriter(args[3]);
    if (args[1] == "incidents")
    {
        foreach (var e in SyntheticData.Incidents(count))
            writer.WriteLine(string.Create(inv, $"{e.X:R},{e.Y:R},{e.Date:yyyy-MM-dd}"));
    }
    else
    {
        foreach (var p in SyntheticData.Points(count)) writer.WriteLine(string.Create(inv, $"{p.X:R},{p.Y:R}"));
    }
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(SyntheticData).Assembly).Run(args);
return 0;

static void Report(string what, object time)
{
    var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
    var figure = time switch
    {
        Stopwatch stopwatch => string.Create(CultureInfo.InvariantCulture, $"{stopwatch.Elapsed.TotalSeconds:F3} s"),
        Timing t => string.Create(CultureInfo.InvariantCulture, $"median {t.Median:F4} s [{t.Min:F4}-{t.Max:F4}] of {t.Runs} runs after a warm-up"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(double)time:F3} s"),
    };
    var load = File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ours {what}: {figure}, peak working set {peak:F0} MB, load {load}"));
}

// Runs once to warm up, then `times` timed runs: the median and the range (the same for every quick benchmark).
static T Best<T>(int times, Func<T> run, out Timing timing)
{
    var result = run();
    var seconds = new double[times];
    for (var i = 0; i < times; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        result = run();
        seconds[i] = stopwatch.Elapsed.TotalSeconds;
    }
    Array.Sort(seconds);
    var median = times % 2 == 1 ? seconds[times / 2] : (seconds[times / 2 - 1] + seconds[times / 2]) / 2;
    timing = new Timing(median, seconds[0], seconds[^1], times);
    return result;
}

/// <summary>The median, fastest and slowest of a quick benchmark's timed runs, in seconds.</summary>
internal sealed record Timing(double Median, double Min, double Max, int Runs);
