namespace Csp.Core.Comparators;

/// <summary>
/// The area's position in its comparator group (seed 004: "Within our Most Similar Group ... our position improved from 15th
/// to 10th"): <c>mostSimilarGroup</c> of the assessment. Rates are per 1,000 residents from the police.uk counts and the
/// population estimates of the same year as the area's; a member with no counts or no population is listed in
/// <see cref="NoData"/>, never ranked.
/// </summary>
/// <param name="Members">Every member's name (the area included), in the group's order.</param>
/// <param name="NoData">Members with no rate this period (no police.uk data or population held for them).</param>
public sealed record ComparatorStanding(string Group, string Direction, IReadOnlyList<string> Members, IReadOnlyList<string> NoData, IReadOnlyList<GroupStanding> Categories)
{
    /// <summary>Ranks each category from the members' rates this period and in the baseline (by member code).</summary>
    /// <param name="names">Member names by code (a code with no name is shown as the code).</param>
    public static ComparatorStanding Rank(MostSimilarGroup group, IReadOnlyDictionary<string, string> names,
        IReadOnlyList<(string Category, IReadOnlyDictionary<string, double> Current, IReadOnlyDictionary<string, double> Previous)> rates)
    {
        string Name(string code) => names.GetValueOrDefault(code) ?? code;
        var noData = group.MemberCodes.Where(m => rates.Count == 0 || !rates.Any(r => r.Current.ContainsKey(m))).Select(Name).ToList();
        var standings = new List<GroupStanding>();
        foreach (var (category, current, previous) in rates)
        {
            if (GroupRanking.Position(group, category, current, previous) is { } p)
            {
                standings.Add(new GroupStanding(category, p.Position, p.GroupSize, p.Rate, p.PreviousPosition, p.PreviousGroupSize, p.Describe()));
            }
            else
            {
                standings.Add(new GroupStanding(category, null, current.Count, null, null, null, "not ranked: no rate for the area"));
            }
        }
        return new ComparatorStanding(group.Name, GroupPosition.Direction, group.MemberCodes.Select(Name).ToList(), noData, standings);
    }
}
