using Csp.Core.Areas;

namespace Csp.Core.Assessment;

/// <summary>
/// What the assessment needs to know about places: each area, the LSOA units of the crime data inside it, its siblings
/// (the areas it is ranked among) and its county (the force area), and population estimates by year.
/// </summary>
public sealed class AreaModel
{
    private readonly Dictionary<string, Area> _areas;
    private readonly Dictionary<string, int[]> _units;
    private readonly Dictionary<(string Code, int Year), long> _population;

    /// <param name="areas">Every area that can be assessed, ranked or used as a county.</param>
    /// <param name="unitsByArea">For each area code, the indexes of its units in <see cref="CrimeCounts.Units"/>.</param>
    /// <param name="population">All-ages residents by area code and year (one source per year chosen by the caller).</param>
    /// <param name="forceAreaOf">The force area code each district is in (the county of the seeds' comparisons).</param>
    public AreaModel(IEnumerable<Area> areas, IReadOnlyDictionary<string, int[]> unitsByArea, IReadOnlyDictionary<(string Code, int Year), long> population,
        IReadOnlyDictionary<string, string> forceAreaOf)
    {
        _areas = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
        _units = unitsByArea.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        _population = population.ToDictionary(kv => kv.Key, kv => kv.Value);
        ForceAreaOf = forceAreaOf;
        _years = population.Keys.GroupBy(k => k.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(k => k.Year).Order().ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, string> ForceAreaOf { get; }


    private readonly Dictionary<string, IReadOnlyList<int>> _years;

    /// <summary>The years with a population estimate for the area, in order.</summary>
    public IReadOnlyList<int> PopulationYears(string code) => _years.TryGetValue(code, out var y) ? y : [];

    public Area? Find(string code) => _areas.GetValueOrDefault(code);

    public IReadOnlyList<int> UnitsOf(string code) => _units.TryGetValue(code, out var u) ? u : [];

    public long? Population(string code, int year) => _population.TryGetValue((code, year), out var p) ? p : null;

    /// <summary>The areas of <paramref name="level"/> inside <paramref name="area"/> (by the parent chain) that have crime data.</summary>
    public IReadOnlyList<Area> Within(Area area, AreaLevel level) =>
        _areas.Values.Where(a => a.Level == level && _units.ContainsKey(a.Code) && IsInside(a, area.Code)).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();

    private bool IsInside(Area a, string ancestor)
    {
        for (var p = a.ParentCode; p is not null; p = Find(p)?.ParentCode)
        {
            if (p == ancestor) return true;
            if (Find(p) is { Level: AreaLevel.District } district && ForceAreaOf.TryGetValue(district.Code, out var force) && force == ancestor) return true;
        }
        return false;
    }

    /// <summary>The force area an area lies in: itself for a force area, else up the hierarchy (a district's, via its CSP).</summary>
    public Area? County(Area area)
    {
        for (var a = area; a is not null; a = a.ParentCode is null ? null : Find(a.ParentCode))
        {
            if (a.Level == AreaLevel.ForceArea) return a;
            if (a.Level == AreaLevel.District && ForceAreaOf.TryGetValue(a.Code, out var f)) return Find(f);
        }
        return null;
    }

    /// <summary>
    /// The areas an area is ranked among: the districts of its force area (Gravesham among the 13 Kent districts including
    /// Medway), the CSPs of its force area, every force area, or the wards / LSOAs of its district.
    /// </summary>
    public IReadOnlyList<Area> Siblings(Area area)
    {
        switch (area.Level)
        {
            case AreaLevel.District or AreaLevel.CommunitySafetyPartnership:
                var county = County(area);
                return county is null ? [area] : _areas.Values.Where(a => a.Level == area.Level && County(a)?.Code == county.Code).ToList();
            case AreaLevel.ForceArea:
                return _areas.Values.Where(a => a.Level == AreaLevel.ForceArea && _units.ContainsKey(a.Code)).ToList();
            default:
                return area.ParentCode is null ? [area] : _areas.Values.Where(a => a.Level == area.Level && a.ParentCode == area.ParentCode).ToList();
        }
    }
}
