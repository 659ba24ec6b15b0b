using System.Globalization;
using Csp.Core.Statistics;

namespace Csp.Core.Consultation;

/// <summary>
/// How representative a survey's sample is (seed 001: respondents give age, gender and ethnicity "in order we can bear
/// in mind how representative the survey sample is of the local population"): per characteristic, the sample's groups
/// against the area's population, a chi-square goodness-of-fit test, and raking weights to the population margins.
/// </summary>
public static class Representativeness
{
    /// <summary>Cochran's rule: a chi-square test wants every expected count at 5 or more; smaller cells are pooled.</summary>
    public const double MinimumExpected = 5;

    public const string PooledCell = "Other groups (pooled)";

    public static IReadOnlyList<CharacteristicComparison> Compare(ResponseMatrix matrix, IReadOnlyList<CharacteristicSpec> specs) =>
        specs.Select(s => Compare(matrix, s)).ToArray();

    public static CharacteristicComparison Compare(ResponseMatrix matrix, CharacteristicSpec spec)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var (codes, noAnswer, notCompared) = GroupCodes(matrix, spec);
        var groups = spec.Population.Count;
        var sample = new double[groups];
        foreach (var code in codes)
        {
            if (code < groups) sample[code]++;
        }
        var compared = sample.Sum();
        var residents = spec.Population.Sum(p => p.Residents);
        var rows = new GroupComparison[groups];
        for (var g = 0; g < groups; g++)
        {
            var share = residents > 0 ? spec.Population[g].Residents / residents : 0;
            rows[g] = new GroupComparison(spec.Population[g].Group, sample[g], compared > 0 ? 100 * sample[g] / compared : null,
                spec.Population[g].Residents, 100 * share, compared * share);
        }

        // Pool cells expected under 5 (and the empty population groups, which cannot be tested) into one.
        var cells = new List<(string Name, double Observed, double Expected)>();
        var pooled = new List<string>();
        var pool = (Observed: 0.0, Expected: 0.0);
        foreach (var row in rows)
        {
            if (row.Expected >= MinimumExpected) cells.Add((row.Group, row.Sample, row.Expected));
            else
            {
                pooled.Add(row.Group);
                pool = (pool.Observed + row.Sample, pool.Expected + row.Expected);
            }
        }
        if (pooled.Count > 0)
        {
            if (pool.Expected >= MinimumExpected || cells.Count == 0) cells.Add((PooledCell, pool.Observed, pool.Expected));
            else
            {
                // Still too small: fold the pool into the smallest tested cell.
                var smallest = cells.Select((c, i) => (c.Expected, i)).Min().i;
                pooled.Add(cells[smallest].Name);
                cells[smallest] = (PooledCell, cells[smallest].Observed + pool.Observed, cells[smallest].Expected + pool.Expected);
            }
        }
        var testable = cells.Where(c => c.Expected > 0).ToArray();
        ChiSquareTest? test = testable.Length >= 2 && compared > 0
            ? ChiSquareGoodnessOfFit.Test(testable.Select(c => c.Observed).ToArray(), testable.Select(c => c.Expected).ToArray())
            : null;
        return new CharacteristicComparison(spec.Characteristic, spec.QuestionId, spec.Source, compared, noAnswer, notCompared, rows, test, pooled, Summarise(spec, rows, test, compared, culture));
    }

    /// <summary>The raking margins of the characteristics: each response's population group, and the population's shares.</summary>
    public static IReadOnlyList<RakingMargin> Margins(ResponseMatrix matrix, IReadOnlyList<CharacteristicSpec> specs) =>
        specs.Select(s => new RakingMargin(s.Characteristic, s.Population.Select(p => p.Group).ToArray(), GroupCodes(matrix, s).Codes, s.Population.Select(p => p.Residents).ToArray())).ToArray();

    /// <summary>Weights raking the sample to every characteristic's population margin at once.</summary>
    public static RakingResult Weights(ResponseMatrix matrix, IReadOnlyList<CharacteristicSpec> specs, RakingOptions? options = null) =>
        Raking.Rake(matrix.Count, Margins(matrix, specs), options);

    /// <summary>The label of weighted tables: what the weights were raked to, and what they cost.</summary>
    public static string WeightingNote(IReadOnlyList<CharacteristicSpec> specs, RakingResult result, int responses)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var margins = string.Join("; ", specs.Select(s => $"{s.Characteristic.ToLower(culture)} ({s.Source})"));
        var fit = result.Converged
            ? $"converged in {result.Iterations} iteration{(result.Iterations == 1 ? "" : "s")}"
            : string.Create(culture, $"NOT converged after {result.Iterations} iterations (largest gap {100 * result.MaxDeviation:0.00} percentage points)");
        return string.Create(culture,
            $"Weighted: raked to {margins}; {fit}; weights {result.MinWeight:0.00} to {result.MaxWeight:0.00}; effective sample size {result.EffectiveSampleSize:N0} of {responses:N0}.");
    }

    private static (byte[] Codes, double NoAnswer, double NotCompared) GroupCodes(ResponseMatrix matrix, CharacteristicSpec spec)
    {
        var column = matrix.ColumnOf(new AnswerKey(spec.QuestionId));
        if (column < 0) throw new ArgumentException($"The survey '{matrix.Survey.Id}' has no single-answer question '{spec.QuestionId}' to compare on {spec.Characteristic}.", nameof(spec));
        var options = matrix.Columns[column].Options;
        var map = new byte[256];
        Array.Fill(map, ResponseMatrix.NoAnswer);
        var excluded = new bool[256];
        for (var o = 0; o < options.Count; o++)
        {
            var group = spec.OptionGroups.FirstOrDefault(kv => OptionText.Same(kv.Key, options[o])).Value;
            var index = group is null ? -1 : spec.Population.ToList().FindIndex(p => OptionText.Same(p.Group, group));
            if (group is not null && index < 0) throw new ArgumentException($"{spec.Characteristic}: option '{options[o]}' is mapped to '{group}', which is not a population group ({string.Join(", ", spec.Population.Select(p => p.Group))}).", nameof(spec));
            if (index >= 0) map[o] = (byte)index;
            else excluded[o] = true;
        }
        var source = matrix.Codes(column);
        var codes = new byte[source.Length];
        double noAnswer = 0, notCompared = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var code = source[i];
            if (code == ResponseMatrix.NoAnswer) noAnswer++;
            else if (excluded[code]) notCompared++;
            codes[i] = map[code];
        }
        return (codes, noAnswer, notCompared);
    }

    private static string Summarise(CharacteristicSpec spec, GroupComparison[] rows, ChiSquareTest? test, double compared, CultureInfo culture)
    {
        if (compared == 0) return $"{spec.Characteristic}: no respondent answered, so the sample cannot be compared with the population.";
        if (test is null) return $"{spec.Characteristic}: too few groups to test after pooling small ones.";
        var p = test.PValue < 0.001 ? "p < 0.001" : string.Create(culture, $"p = {test.PValue:0.000}");
        var over = rows.MaxBy(r => (r.SamplePercent ?? 0) - r.PopulationPercent)!;
        var under = rows.MinBy(r => (r.SamplePercent ?? 0) - r.PopulationPercent)!;
        var verdict = test.Significant
            ? $"the sample differs from the population (chi-square {test.Statistic.ToString("0.0", culture)}, {test.DegreesOfFreedom} df, {p})"
            : $"no significant difference from the population (chi-square {test.Statistic.ToString("0.0", culture)}, {test.DegreesOfFreedom} df, {p})";
        return string.Create(culture,
            $"{spec.Characteristic}: {verdict}; most over-represented {over.Group} ({over.SamplePercent:0.0}% of respondents, {over.PopulationPercent:0.0}% of residents), most under-represented {under.Group} ({under.SamplePercent:0.0}% against {under.PopulationPercent:0.0}%).");
    }
}
