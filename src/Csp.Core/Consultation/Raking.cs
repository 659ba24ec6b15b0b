using System.Globalization;

namespace Csp.Core.Consultation;

/// <summary>
/// Raking (iterative proportional fitting) of survey weights to population margins, one characteristic at a time
/// (Deming and Stephan, 1940): on each margin, every known group's weighted total is scaled to its target share of the
/// weighted total of the responses whose group is known; responses with no answer keep their weight on that margin.
/// Sweeps repeat until every margin is within the tolerance at once (<see cref="RakingOptions"/>) or the iterations
/// run out (<see cref="RakingResult.Converged"/> false). A group with no respondent cannot be weighted up: it is left out
/// of its margin and the other targets rescaled, with a note. Weights are trimmed only when asked
/// (<see cref="RakingOptions.MaxWeight"/>); the effective sample size shows their cost either way.
/// </summary>
internal static class Raking
{
    public static RakingResult Rake(int responses, IReadOnlyList<RakingMargin> margins, RakingOptions? options = null)
    {
        options ??= RakingOptions.Default;
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var weights = new double[responses];
        Array.Fill(weights, 1.0);
        var notes = new List<string>();

        // Targets per margin over the groups that can be fitted; a code outside them counts as unknown.
        var prepared = new List<(byte[] Codes, double[] Target, bool[] Active)>();
        foreach (var margin in margins)
        {
            if (margin.Codes.Length != responses) throw new ArgumentException($"Margin '{margin.Characteristic}' has {margin.Codes.Length} codes for {responses} responses.", nameof(margins));
            if (margin.TargetShares.Count != margin.Groups.Count) throw new ArgumentException($"Margin '{margin.Characteristic}' has {margin.Groups.Count} groups but {margin.TargetShares.Count} targets.", nameof(margins));
            var groups = margin.Groups.Count;
            var sampleCount = new int[groups];
            foreach (var code in margin.Codes)
            {
                if (code < groups) sampleCount[code]++;
            }
            var active = new bool[groups];
            var target = new double[groups];
            var sum = 0.0;
            for (var g = 0; g < groups; g++)
            {
                var share = margin.TargetShares[g];
                if (share > 0 && sampleCount[g] > 0)
                {
                    active[g] = true;
                    target[g] = share;
                    sum += share;
                }
                else if (share > 0) notes.Add($"{margin.Characteristic}: no respondent is in '{margin.Groups[g]}' ({string.Create(culture, $"{100 * share / margin.TargetShares.Sum():0.0}")}% of the population), so it cannot be weighted up; the other groups' targets are rescaled.");
                else if (sampleCount[g] > 0) notes.Add($"{margin.Characteristic}: the population has no '{margin.Groups[g]}', so its {sampleCount[g]} respondents are not adjusted on this margin.");
            }
            if (sum <= 0)
            {
                notes.Add($"{margin.Characteristic}: no group can be fitted; the margin is left out.");
                continue;
            }
            for (var g = 0; g < groups; g++) target[g] /= sum;
            prepared.Add((margin.Codes, target, active));
        }

        var iterations = 0;
        var deviation = MaxDeviation(weights, prepared);
        while (deviation > options.Tolerance && iterations < options.MaxIterations)
        {
            foreach (var (codes, target, active) in prepared)
            {
                var totals = new double[target.Length];
                var known = 0.0;
                for (var i = 0; i < codes.Length; i++)
                {
                    var code = codes[i];
                    if (code >= active.Length || !active[code]) continue;
                    totals[code] += weights[i];
                    known += weights[i];
                }
                var factor = new double[target.Length];
                for (var g = 0; g < target.Length; g++) factor[g] = totals[g] > 0 ? target[g] * known / totals[g] : 1;
                for (var i = 0; i < codes.Length; i++)
                {
                    var code = codes[i];
                    if (code < active.Length && active[code]) weights[i] *= factor[code];
                }
            }
            if (options.MaxWeight is { } cap) Trim(weights, cap);
            iterations++;
            deviation = MaxDeviation(weights, prepared);
        }

        // Each step keeps the known responses' total, so the weights still sum to the number of responses; renormalise
        // against rounding drift all the same.
        var total = 0.0;
        var squares = 0.0;
        foreach (var w in weights) total += w;
        if (total > 0)
        {
            var scale = responses / total;
            for (var i = 0; i < weights.Length; i++) weights[i] *= scale;
        }
        if (options.MaxWeight is { } maxWeight) Trim(weights, maxWeight);
        foreach (var w in weights) squares += w * w;
        var ess = squares > 0 ? (double)responses * responses / squares : 0;
        return new RakingResult(weights, iterations, deviation <= options.Tolerance, deviation, ess,
            weights.Length > 0 ? weights.Min() : 0, weights.Length > 0 ? weights.Max() : 0, notes);
    }

    // Cut weights above the cap and rescale all to mean 1, until none is above it (the rescaling lifts the cut ones
    // again, by less each time while the cut ones hold less than the whole weight).
    private static void Trim(double[] weights, double cap)
    {
        if (!(cap >= 1)) throw new ArgumentOutOfRangeException(nameof(cap), cap, "The largest weight cannot be below the mean weight of 1.");
        for (var round = 0; round < 1000; round++)
        {
            var total = 0.0;
            var above = false;
            for (var i = 0; i < weights.Length; i++)
            {
                if (weights[i] > cap)
                {
                    weights[i] = cap;
                    above = true;
                }
                total += weights[i];
            }
            var scale = weights.Length / total;
            for (var i = 0; i < weights.Length; i++) weights[i] *= scale;
            if (!above || scale * cap <= cap * (1 + 1e-12)) break;
        }
        for (var i = 0; i < weights.Length; i++) weights[i] = Math.Min(weights[i], cap);
    }

    private static double MaxDeviation(double[] weights, List<(byte[] Codes, double[] Target, bool[] Active)> margins)
    {
        var worst = 0.0;
        foreach (var (codes, target, active) in margins)
        {
            var totals = new double[target.Length];
            var known = 0.0;
            for (var i = 0; i < codes.Length; i++)
            {
                var code = codes[i];
                if (code >= active.Length || !active[code]) continue;
                totals[code] += weights[i];
                known += weights[i];
            }
            if (known <= 0) continue;
            for (var g = 0; g < target.Length; g++)
            {
                if (active[g]) worst = Math.Max(worst, Math.Abs(totals[g] / known - target[g]));
            }
        }
        return worst;
    }
}
