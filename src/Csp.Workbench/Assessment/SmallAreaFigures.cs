using Csp.Core.Areas;
using Csp.Core.Periods;

using Csp.Storage.Assessment;

namespace Csp.Workbench.Assessment;

/// <summary>
/// Counts, change and rate per 1,000 residents for each ward or LSOA of an area (<c>csp hotspots --by ward</c> and the
/// dashboard's map): wards are those of the newest lookup, as the assessment counts them.
/// </summary>
public static class SmallAreaFigures
{
    /// <param name="crimeTypes">police.uk crime types to count (any case); empty counts every type, crime and ASB.</param>
    /// <returns>Busiest first, then by code.</returns>
    public static IReadOnlyList<SmallAreaFigure> Compute(AssessmentData data, Area area, AreaLevel level, MonthRange period, MonthRange baseline, IReadOnlyCollection<string> crimeTypes)
    {
        var counts = data.Counts;
        var typeIndexes = counts.CrimeTypes.Select((t, i) => (t, i))
            .Where(x => crimeTypes.Count == 0 || crimeTypes.Contains(x.t, StringComparer.OrdinalIgnoreCase)).Select(x => x.i).ToArray();
        return data.Areas.Within(area, level).Select(a =>
        {
            var series = counts.Series(data.Areas.UnitsOf(a.Code));
            long Sum(MonthRange r) => r.Months().Select(counts.MonthIndex).Where(m => m >= 0).Sum(m => typeIndexes.Sum(t => series[t][m]));
            var (now, then) = (Sum(period), Sum(baseline));
            var years = data.Areas.PopulationYears(a.Code);
            var year = years.Where(y => y <= period.To.Year).DefaultIfEmpty(years.FirstOrDefault()).Max();
            var population = year == 0 ? null : data.Areas.Population(a.Code, year);
            return new SmallAreaFigure(a.Code, a.Name, now, then, now - then,
                then == 0 ? null : Math.Round(100.0 * (now - then) / then, 1),
                population, population is null ? null : year,
                population is > 0 ? Math.Round(1000.0 * now / population.Value, 2) : null);
        }).OrderByDescending(r => r.Count).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
    }
}
