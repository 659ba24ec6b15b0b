namespace Csp.Core.Consultation;

/// <summary>Raking weights and how they were reached.</summary>
/// <param name="Weights">One per response, mean 1 (they sum to the number of responses). Responses whose group is unknown on a margin are not adjusted on that margin.</param>
/// <param name="Iterations">Full sweeps over the margins made.</param>
/// <param name="Converged">Every weighted margin within <see cref="RakingOptions.Tolerance"/> of its target.</param>
/// <param name="MaxDeviation">The largest |weighted share - target share| left over all margins' groups (a proportion).</param>
/// <param name="EffectiveSampleSize">Kish's (sum w)^2 / sum w^2: what the weighted sample is worth in unweighted responses.</param>
/// <param name="Notes">Groups left out of a margin and why (no respondent in a group the population has; respondents in a group it lacks).</param>
public sealed record RakingResult(double[] Weights, int Iterations, bool Converged, double MaxDeviation, double EffectiveSampleSize, double MinWeight, double MaxWeight, IReadOnlyList<string> Notes);
