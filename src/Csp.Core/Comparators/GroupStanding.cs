namespace Csp.Core.Comparators;

/// <summary>
/// The area's place in its Most Similar Group for one category: <c>mostSimilarGroup.categories[]</c> of
/// <c>csp assess --format json</c>.
/// </summary>
/// <param name="Rank">1 = the lowest rate in the group (members with equal rates share the better rank: 1, 2, 2, 4); null
/// when the area has no rate.</param>
/// <param name="GroupSize">Members ranked: those with a rate this period.</param>
/// <param name="Rate">The area's rate per 1,000 residents in the period.</param>
/// <param name="PreviousRank">The rank in the baseline period, among the members with a rate then; null when none.</param>
/// <param name="Movement">In words: "improved from 15th to 10th of 15 (1 = lowest rate)".</param>
public sealed record GroupStanding(string Category, int? Rank, int GroupSize, double? Rate, int? PreviousRank, int? PreviousGroupSize, string Movement);
