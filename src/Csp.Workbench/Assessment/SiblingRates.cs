using Csp.Core.Areas;
using Csp.Core.Periods;

namespace Csp.Workbench.Assessment;

/// <summary>
/// The rate per 1,000 residents of every category in each of the areas the assessed area is ranked among (the districts of
/// its force area, say): the bars of the rank chart. The assessment itself gives only the area's own rank, so each sibling
/// is assessed with the same engine, periods and population rule (about a millisecond each). A sibling ward's or LSOA's
/// rate is null for a reader who may not see its count (<see cref="Withholding.Rate"/>).
/// </summary>
public sealed record SiblingRates(IReadOnlyList<AreaChoice> Areas, IReadOnlyDictionary<string, IReadOnlyList<double?>> RatesByCategory)
{
    public static SiblingRates Compute(AssessmentSnapshot snapshot, AssessmentConfiguration configuration, Area area, PeriodComparison periods, int? populationYear, bool partial,
        Readership readership)
    {
        var areas = new List<AreaChoice>();
        var rates = new Dictionary<string, List<double?>>(StringComparer.Ordinal);
        foreach (var sibling in snapshot.Data.Areas.Siblings(area).OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var result = snapshot.Assess(sibling, periods, configuration, populationYear, partial).Result;
            if (result is null) continue;
            foreach (var row in result.Rows)
            {
                if (!rates.TryGetValue(row.Category, out var list)) rates[row.Category] = list = [.. Enumerable.Repeat<double?>(null, areas.Count)];
                list.Add(Withholding.Rate(row.RatePer1000, row.Count, sibling.Level.ToString(), readership));
            }
            areas.Add(new AreaChoice(sibling.Code, sibling.Name));
            foreach (var list in rates.Values.Where(l => l.Count < areas.Count)) list.Add(null);
        }
        return new SiblingRates(areas, rates.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<double?>)kv.Value, StringComparer.Ordinal));
    }
}

public sealed record AreaChoice(string Code, string Name);
