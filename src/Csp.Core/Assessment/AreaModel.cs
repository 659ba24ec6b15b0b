using Csp.Core.Areas;
using Csp.Core.Periods;

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
    /// <param name="wardSets">The ward sets (<see cref="WardVintage"/> years) that list each ward code; a ward whose
    /// boundary did not change keeps its code and is in both. Null when the sets are not known: every ward is one set.</param>
    public AreaModel(IEnumerable<Area> areas, IReadOnlyDictionary<string, int[]> unitsByArea, IReadOnlyDictionary<(string Code, int Year), long> population,
        IReadOnlyDictionary<string, string> forceAreaOf, IReadOnlyDictionary<string, IReadOnlyCollection<int>>? wardSets = null)
    {
        _wardSets = (wardSets ?? new Dictionary<string, IReadOnlyCollection<int>>()).ToDictionary(kv => kv.Key, kv => kv.Value.Distinct().Order().ToArray(), StringComparer.Ordinal);
        WardSetYears = _wardSets.Values.SelectMany(y => y).Distinct().Order().ToList();
        _areas = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
        _units = unitsByArea.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        _population = population.ToDictionary(kv => kv.Key, kv => kv.Value);
        ForceAreaOf = forceAreaOf;
        _years = population.Keys.GroupBy(k => k.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(k => k.Year).Order().ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, string> ForceAreaOf { get; }

    private readonly Dictionary<string, int[]> _wardSets;

    /// <summary>The ward sets held, oldest first (2021, 2024); empty when not known.</summary>
    public IReadOnlyList<int> WardSetYears { get; }

    /// <summary>The sets that list a ward, oldest first; empty when not known.</summary>
    public IReadOnlyList<int> WardSetsOf(string code) => _wardSets.TryGetValue(code, out var y) ? y : [];

    /// <summary>
    /// The set a ward's figures are ranked in for a period: the set in force when the ward is in it, else the newest set
    /// that lists the ward (a replaced ward is ranked among its own set, never with the wards that replaced it).
    /// </summary>
    public int? WardSetFor(Area ward, MonthRange? period)
    {
        var sets = WardSetsOf(ward.Code);
        if (sets.Count == 0) return null;
        var inForce = period is { } p ? WardVintage.InForce(WardSetYears, p) : WardSetYears[^1];
        return inForce is { } s && sets.Contains(s) ? s : sets[^1];
    }

    private bool InSet(string code, int? set) => set is null || _wardSets.Count == 0 || (_wardSets.TryGetValue(code, out var y) && y.Contains(set.Value));

    /// <summary>
    /// The units of a district that no ward of <paramref name="set"/> lists: LSOAs of the other census (redrawn for 2021)
    /// whose crimes are in the district's figures and in no ward's of that set.
    /// </summary>
    public IReadOnlyList<int> UnitsOutsideWards(string districtCode, int set)
    {
        var listed = _areas.Values.Where(a => a.Level == AreaLevel.Ward && a.ParentCode == districtCode && InSet(a.Code, set))
            .SelectMany(a => UnitsOf(a.Code)).ToHashSet();
        return UnitsOf(districtCode).Where(u => !listed.Contains(u)).ToList();
    }


    private readonly Dictionary<string, IReadOnlyList<int>> _years;

    /// <summary>The years with a population estimate for the area, in order.</summary>
    public IReadOnlyList<int> PopulationYears(string code) => _years.TryGetValue(code, out var y) ? y : [];

    public Area? Find(string code) => _areas.GetValueOrDefault(code);

    public IReadOnlyList<int> UnitsOf(string code) => _units.TryGetValue(code, out var u) ? u : [];

    public long? Population(string code, int year) => _population.TryGetValue((code, year), out var p) ? p : null;

    /// <summary>
    /// The areas of <paramref name="level"/> inside <paramref name="area"/> (by the parent chain) that have crime data.
    /// Wards are one set: the set in force for <paramref name="period"/>, else the newest.
    /// </summary>
    public IReadOnlyList<Area> Within(Area area, AreaLevel level, MonthRange? period = null)
    {
        int? set = level == AreaLevel.Ward && WardSetYears.Count > 0 ? period is { } p ? WardVintage.InForce(WardSetYears, p) : WardSetYears[^1] : null;
        return _areas.Values.Where(a => a.Level == level && _units.ContainsKey(a.Code) && IsInside(a, area.Code) && (level != AreaLevel.Ward || InSet(a.Code, set)))
            .OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
    }

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
    /// Medway), the CSPs of its force area, every force area, or the wards / LSOAs of its district. A ward is ranked among
    /// the wards of one set only (<see cref="WardSetFor"/>), never the old and new wards together.
    /// </summary>
    public IReadOnlyList<Area> Siblings(Area area, MonthRange? period = null)
    {
        if (area.Level == AreaLevel.Ward && area.ParentCode is not null && WardSetFor(area, period) is { } set)
        {
            return _areas.Values.Where(a => a.Level == AreaLevel.Ward && a.ParentCode == area.ParentCode && InSet(a.Code, set)).ToList();
        }
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
