using Csp.Core.Areas;

namespace Csp.Storage.Assessment;

/// <summary>
/// The part of the data a command about one area reads (<see cref="AssessmentData.LoadAsync(CspDatabase, AssessmentScope?, CancellationToken)"/>):
/// the counts of every LSOA that a lookup lists in a district at or below <see cref="Roots"/> (every force's counts in
/// them, British Transport Police's included), with the areas, lookups and populations as a whole read gives them for
/// those districts. For a district's assessment the roots are its force area (its county and the districts it is ranked
/// among) and its Most Similar Group's members: every figure it gives is then the figure of the whole data.
/// </summary>
/// <param name="Roots">Area codes (force areas, CSPs, districts) whose districts' LSOAs are read.</param>
public sealed record AssessmentScope(IReadOnlyList<string> Roots)
{
    /// <summary>Whether every root of <paramref name="other"/> is a root of this scope (a snapshot read for this one serves it).</summary>
    public bool Covers(AssessmentScope other) => other.Roots.All(r => Roots.Contains(r, StringComparer.Ordinal));

    /// <summary>
    /// The scope that answers about <paramref name="area"/> (a district, CSP, ward or LSOA) exactly as the whole data does:
    /// its force area, whose districts it is ranked among and whose figures stand beside it, and
    /// <paramref name="comparators"/> (its Most Similar Group). Null when only the whole data will do: a force area is
    /// ranked among every force area held, and an area in no force area has no county to scope by.
    /// </summary>
    /// <param name="ownDistrict">Only the area's own LSOAs are wanted (hot spots: its LSOAs and their wards, no ranks or
    /// county): the root is the area itself when a district or CSP, else the district it lies in.</param>
    public static async Task<AssessmentScope?> OfAreaAsync(CspDatabase database, Area area, IEnumerable<string> comparators, CancellationToken cancellationToken,
        bool ownDistrict = false)
    {
        if (area.Level is AreaLevel.ForceArea or AreaLevel.Country) return null;
        if (ownDistrict && area.Level is AreaLevel.District or AreaLevel.CommunitySafetyPartnership) return new AssessmentScope([area.Code]);
        // Up the parents (LSOA > ward > district > CSP > force area) to the first force area (district), as the area model's county.
        var wanted = ownDistrict ? AreaLevel.District : AreaLevel.ForceArea;
        var found = (await Areas.AreaDirectory.LineageAsync(database, area.Code, cancellationToken).ConfigureAwait(false))
            .TakeWhile(a => a.Level != AreaLevel.Country).Where(a => a.Level == wanted).Take(1).Select(a => a.Code).ToList();
        if (found is not [var county]) return null;
        return new AssessmentScope([county, .. comparators.Where(c => c != county).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The roots of both, in order, once each.</summary>
    public AssessmentScope With(AssessmentScope other) => new(Roots.Concat(other.Roots).Distinct(StringComparer.Ordinal).ToList());
}
