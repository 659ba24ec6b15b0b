using System.Diagnostics;
using System.Globalization;
using Csp.Core.Consultation;

namespace Csp.Benchmarks.Consultation;

/// <summary>
/// <c>csp bench survey-tables</c> (issue 18: "tabulating 100,000 responses x 40 questions with weights under 200 ms"): the
/// synthetic survey of <see cref="SurveyTabulationBenchmarks.Synthetic"/> tabulated raw and weighted (every table twice)
/// by <see cref="SurveyTabulator"/>, a warm-up and then the same number of timed runs, the median and range. No peer: the
/// goal is stated (numpy or pandas are not on the machine, and the BenchmarkDotNet suite measures the same call).
/// </summary>
internal static class SurveyTablesBenchmark
{
    public const double GoalMilliseconds = 200;

    public sealed record Outcome(int Responses, int Questions, int Columns, int Tables, int Runs, SurveyFormBenchmark.Spread WeightedMilliseconds,
        SurveyFormBenchmark.Spread UnweightedMilliseconds, double PeakWorkingSetMegabytes, string LoadAtStart, string LoadAtEnd, int Cores)
    {
        public bool GoalMet => WeightedMilliseconds.Median < GoalMilliseconds;
    }

    public static Outcome Run(int responses, int runs, TextWriter progress)
    {
        var load = SurveyFormBenchmark.LoadAverage();
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Making {responses:N0} synthetic responses to 40 questions with raking-like weights..."));
        var (matrix, weights) = SurveyTabulationBenchmarks.Synthetic(responses);
        var weighted = Time(runs, () => SurveyTabulator.Tabulate(matrix, weights, "benchmark weights"), out var result);
        var unweighted = Time(runs, () => SurveyTabulator.Tabulate(matrix), out _);
        return new Outcome(matrix.Count, matrix.Survey.Questions.Count, matrix.Columns.Count, result.Tables.Count + result.Weighted.Count, runs, weighted, unweighted,
            Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0), load, SurveyFormBenchmark.LoadAverage(), Environment.ProcessorCount);
    }

    private static SurveyFormBenchmark.Spread Time(int runs, Func<SurveyResults> tabulate, out SurveyResults result)
    {
        result = tabulate(); // warm-up
        var milliseconds = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            result = tabulate();
            milliseconds[i] = stopwatch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(milliseconds);
        var median = runs % 2 == 1 ? milliseconds[runs / 2] : (milliseconds[runs / 2 - 1] + milliseconds[runs / 2]) / 2;
        return new SurveyFormBenchmark.Spread(median, milliseconds[0], milliseconds[^1]);
    }

    public static string Summary(Outcome o) => string.Join(Environment.NewLine,
        string.Create(CultureInfo.InvariantCulture, $"Survey tables: {o.Responses:N0} responses x {o.Questions} questions ({o.Columns} answer columns), {o.Tables} tables; {o.Runs} runs after a warm-up"),
        string.Create(CultureInfo.InvariantCulture, $"  with weights (raw and weighted tables): median {o.WeightedMilliseconds.Median:0.0} ms [{o.WeightedMilliseconds.Min:0.0}-{o.WeightedMilliseconds.Max:0.0}]"),
        string.Create(CultureInfo.InvariantCulture, $"  without weights (raw tables only):      median {o.UnweightedMilliseconds.Median:0.0} ms [{o.UnweightedMilliseconds.Min:0.0}-{o.UnweightedMilliseconds.Max:0.0}]"),
        string.Create(CultureInfo.InvariantCulture, $"  peak working set {o.PeakWorkingSetMegabytes:0} MB; load average (1, 5, 15 min) at the start {o.LoadAtStart}, at the end {o.LoadAtEnd}; {o.Cores} cores"),
        o.GoalMet ? $"Goal met: with weights under {GoalMilliseconds:0} ms (median)." : $"Goal NOT met: with weights under {GoalMilliseconds:0} ms (median).");
}
