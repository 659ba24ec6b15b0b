using BenchmarkDotNet.Attributes;
using Csp.Core.Consultation;

namespace Csp.Benchmarks.Consultation;

/// <summary>Goal (issue 18): 100,000 responses x 40 questions with weights tabulated under 200 ms.</summary>
[MemoryDiagnoser]
public class SurveyTabulationBenchmarks
{
    private ResponseMatrix _matrix = null!;
    private double[] _weights = [];

    [GlobalSetup]
    public void Setup() => (_matrix, _weights) = Synthetic(100_000);

    [Benchmark]
    public SurveyResults Tabulate100kBy40Weighted() => SurveyTabulator.Tabulate(_matrix, _weights, "benchmark weights");

    /// <summary>
    /// 40 questions as a consultation mixes them: 30 single-answer questions of 3 to 7 options (yes/no/don't know,
    /// a priority level, a problem scale, age band...) and 10 ranked choices of 6 options with first and second choice;
    /// about 1 in 12 answers missing; weights between 0.4 and 2.5 as raking gives.
    /// </summary>
    public static (ResponseMatrix Matrix, double[] Weights) Synthetic(int responses)
    {
        var random = new Random(18);
        var questions = new List<SurveyQuestion>();
        for (var q = 0; q < 40; q++)
        {
            questions.Add(q < 30
                ? new SurveyQuestion($"q{q}", $"Question {q}", QuestionKind.SingleChoice) { Options = Enumerable.Range(0, 3 + q % 5).Select(o => $"Option {o}").ToArray() }
                : new SurveyQuestion($"q{q}", $"Question {q}", QuestionKind.RankedChoice) { Options = Enumerable.Range(0, 6).Select(o => $"Issue {o}").ToArray(), Ranks = 2 });
        }
        var survey = new Survey("bench", "Benchmark", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), questions);
        var columns = ResponseMatrix.Layout(survey);
        var codes = new byte[columns.Count][];
        for (var c = 0; c < columns.Count; c++)
        {
            var column = codes[c] = new byte[responses];
            var options = columns[c].Options.Count;
            for (var i = 0; i < responses; i++)
            {
                column[i] = random.Next(12) == 0 ? ResponseMatrix.NoAnswer : (byte)random.Next(options);
            }
            if (columns[c].Rank == 2)
            {
                // A second choice differs from the first.
                var first = codes[c - 1];
                for (var i = 0; i < responses; i++)
                {
                    if (first[i] == ResponseMatrix.NoAnswer) column[i] = ResponseMatrix.NoAnswer;
                    else if (column[i] == first[i]) column[i] = (byte)((first[i] + 1) % options);
                }
            }
        }
        var weights = new double[responses];
        for (var i = 0; i < responses; i++) weights[i] = 0.4 + 2.1 * random.NextDouble();
        return (ResponseMatrix.FromCodes(survey, codes, Enumerable.Range(0, responses).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()), weights);
    }
}
