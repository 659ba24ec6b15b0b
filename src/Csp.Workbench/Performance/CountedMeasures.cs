using System.Globalization;
using Csp.Core.Performance;
using Csp.Core.Periods;
using Csp.Storage;
using Csp.Storage.Performance;
using Csp.Workbench.Assessment;

namespace Csp.Workbench.Performance;

/// <summary>
/// The measures the product counts itself, read for the districts of the area and added to the performance data beside the
/// returns: police.uk records by month (the crime type, or the crime types of a category of offence-categories.csv), partner
/// incidents by month (a category, or every incident flagged domestic), and the domestic abuse repeat share.
/// </summary>
internal static class CountedMeasures
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <returns>The measures counted from GENERATED demonstration incidents (each row of theirs is labelled so; empty when
    /// none), and the notes that qualify the counted figures themselves (demonstration incidents, a look-back cut short),
    /// which are in <paramref name="notes"/> too.</returns>
    public static async Task<(IReadOnlyList<string> Generated, IReadOnlyList<string> Caveats)> AddAsync(CspDatabase database, AssessmentConfiguration assessment, PerformanceData data, PerformanceArea area,
        IReadOnlyList<string> districts, IReadOnlyList<Measure> measures, IReadOnlyList<PeriodComparison> periods, List<string> notes, CancellationToken cancellationToken)
    {
        var police = measures.Where(m => m.SourceKind == MeasureSourceKind.PoliceUkCategory).ToList();
        var incident = measures.Where(m => m.SourceKind is MeasureSourceKind.IncidentCount or MeasureSourceKind.RepeatVictims).ToList();
        if (police.Count + incident.Count == 0) return ([], []);
        if (districts.Count == 0)
        {
            notes.Add($"Measures counted from police.uk or incidents ({string.Join(", ", police.Concat(incident).Select(m => m.Name))}) are counted for districts and partnerships, not for {area.Name}.");
            return ([], []);
        }
        if (police.Count > 0) await AddPoliceAsync(database, assessment, data, area, districts, police, notes, cancellationToken).ConfigureAwait(false);
        if (incident.Count == 0) return ([], []);
        var caveats = new List<string>();
        var demo = await AddIncidentsAsync(database, data, area, districts, incident, periods, notes, caveats, cancellationToken).ConfigureAwait(false);
        notes.AddRange(caveats);
        return (demo ? incident.Select(m => m.Name).ToList() : [], caveats);
    }

    private static async Task AddPoliceAsync(CspDatabase database, AssessmentConfiguration assessment, PerformanceData data, PerformanceArea area, IReadOnlyList<string> districts,
        IReadOnlyList<Measure> measures, List<string> notes, CancellationToken cancellationToken)
    {
        var held = await CountedSources.PoliceAsync(database, districts, cancellationToken).ConfigureAwait(false);
        // A partnership's own figure, as its incident counts: an LSOA two of its districts list (a boundary change between
        // lookups) is in each district's records but counts once in the partnership's, which is therefore not added up from
        // the districts' figures. Its months are those every district holds whole (the districts' sum stops at the same).
        var partnershipMonths = area.Parts.Count > 0
            ? districts.Select(d => (IEnumerable<YearMonth>)(held.HeldMonths.GetValueOrDefault(d) ?? [])).Aggregate((a, b) => a.Intersect(b)).ToList()
            : null;
        var unknown = new List<string>();
        foreach (var measure in measures)
        {
            var types = assessment.CrimeTypesOf(measure.SourceKey, held.CrimeTypes).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (held.CrimeTypes.Count > 0 && !held.CrimeTypes.Any(types.Contains)) unknown.Add($"{measure.Name} ('{measure.SourceKey}')");
            foreach (var district in districts)
            {
                var records = held.Cells.Where(c => c.District.Equals(district, StringComparison.OrdinalIgnoreCase) && types.Contains(c.CrimeType))
                    .GroupBy(c => c.Month).ToDictionary(g => g.Key, g => g.Sum(c => c.Records));
                CountedFigures.AddPoliceMonths(data, measure, district, held.HeldMonths.GetValueOrDefault(district) ?? [], records);
            }
            if (partnershipMonths is not null)
            {
                var once = held.Cells.Where(c => types.Contains(c.CrimeType)).GroupBy(c => c.Month).ToDictionary(g => g.Key, g => g.Sum(c => c.OnceRecords));
                CountedFigures.AddPoliceMonths(data, measure, area.Code, partnershipMonths, once);
            }
        }
        if (unknown.Count > 0)
        {
            notes.Add($"Not a police.uk crime type or category held: {string.Join(", ", unknown)}; counted as 0 in the months held (data/config/measures.csv, source_key).");
        }
        if (districts.All(d => held.HeldMonths.GetValueOrDefault(d) is not { Count: > 0 }))
        {
            notes.Add("No whole month of police.uk data is held for this area: the measures counted from police.uk are not available.");
        }
    }

    /// <param name="caveats">Gets the notes that qualify the figures (a look-back cut short, demonstration incidents), said after <paramref name="notes"/>.</param>
    /// <returns>True when the incidents held are the GENERATED demonstration incidents.</returns>
    private static async Task<bool> AddIncidentsAsync(CspDatabase database, PerformanceData data, PerformanceArea area, IReadOnlyList<string> districts,
        IReadOnlyList<Measure> measures, IReadOnlyList<PeriodComparison> periods, List<string> notes, List<string> caveats, CancellationToken cancellationToken)
    {
        var held = await CountedSources.IncidentSpanAsync(database, cancellationToken).ConfigureAwait(false);
        var names = string.Join(", ", measures.Select(m => m.Name));
        if (held.First is not { } first || held.Last is not { } last || CountedFigures.WholeMonths(first, last) is not { } whole)
        {
            notes.Add($"No whole month of partner incidents is held: {names} not available.");
            return false;
        }
        // Only the months the periods asked and their baselines cover are read (the engine reads no other), and only the
        // incidents of the districts: each was placed at import in the LSOA whose population-weighted centroid is nearest
        // (as the briefing and the maps place them), and so in that LSOA's district.
        var askedFrom = periods.Select(p => p.Period.From < p.Baseline.From ? p.Period.From : p.Baseline.From).Min();
        var askedTo = periods.Select(p => p.Period.To > p.Baseline.To ? p.Period.To : p.Baseline.To).Max();
        var shortLookBack = new List<string>();
        var counted = measures.Where(m => m.SourceKind == MeasureSourceKind.IncidentCount).ToList();
        if (counted.Count > 0 && Overlap(whole, askedFrom, askedTo) is { } months)
        {
            var counts = await CountedSources.IncidentMonthsAsync(database, districts, FirstDay(months.From), LastDay(months.To), false, cancellationToken).ConfigureAwait(false);
            // A partnership's own count: an LSOA two of its districts list (a boundary change between lookups) is in each
            // district's count but counts once in the partnership's, which is therefore not added up from the districts'.
            var onceEach = area.Parts.Count > 0
                ? await CountedSources.IncidentMonthsAsync(database, districts, FirstDay(months.From), LastDay(months.To), true, cancellationToken).ConfigureAwait(false)
                : null;
            foreach (var measure in counted)
            {
                foreach (var district in districts)
                {
                    CountedFigures.AddIncidentMonthCounts(data, measure, district,
                        counts.Where(c => c.District.Equals(district, StringComparison.OrdinalIgnoreCase)).Select(c => (c.Month, c.Category, c.Domestic, c.Incidents)), months);
                }
                if (onceEach is not null) CountedFigures.AddIncidentMonthCounts(data, measure, area.Code, onceEach.Select(c => (c.Month, c.Category, c.Domestic, c.Incidents)), months);
            }
        }
        var repeats = measures.Where(m => m.SourceKind == MeasureSourceKind.RepeatVictims).ToList();
        if (repeats.Count > 0)
        {
            // A repeat looks back window_months from each incident in a period: the look-back of the earliest period is read too.
            var lookBackFrom = FirstDay(askedFrom).AddMonths(-repeats.Max(m => m.WindowMonths));
            var domestic = await CountedSources.DomesticIncidentsAsync(database, districts, lookBackFrom, LastDay(askedTo), cancellationToken).ConfigureAwait(false);
            var byDistrict = districts.ToDictionary(d => d, d => domestic.Where(x => x.District.Equals(d, StringComparison.OrdinalIgnoreCase)).Select(x => x.Incident).ToList(),
                StringComparer.OrdinalIgnoreCase);
            foreach (var measure in repeats)
            {
                foreach (var district in districts) CountedFigures.AddRepeatVictims(data, measure, district, byDistrict[district], whole, periods);
                // A share is never added up from the districts' shares: the partnership's is worked out over all its incidents.
                // An incident in an LSOA two districts list is in both districts' lists: once in the partnership's.
                if (area.Parts.Count > 0) CountedFigures.AddRepeatVictims(data, measure, area.Code, byDistrict.Values.SelectMany(l => l).DistinctBy(i => (i.IncidentId, i.Line)).ToList(), whole, periods);
                var earliest = periods.Select(p => new DateOnly(p.Baseline.From.Year, p.Baseline.From.Month, 1)).Min();
                if (CountedFigures.LookBackShort(earliest, first, measure.WindowMonths)) shortLookBack.Add(measure.Name);
            }
        }
        notes.Add(string.Create(EnGb, $"{names}: counted from the partner incidents held ({first:d MMMM yyyy} to {last:d MMMM yyyy}; whole months only), each placed in a district by its nearest LSOA centroid."));
        if (shortLookBack.Count > 0)
        {
            caveats.Add(string.Create(EnGb, $"{string.Join(", ", shortLookBack)}: the look-back of the earliest period compared reaches before the first incident held ({first:d MMMM yyyy}), so repeats may be undercounted there."));
        }
        if (held.Demo) caveats.Add($"{names}: counted from GENERATED demonstration incidents (data/sample/incidents), not real data.");
        return held.Demo;
    }

    /// <summary>The whole months held that fall between the first and last month asked; null when none do.</summary>
    private static MonthRange? Overlap(MonthRange held, YearMonth from, YearMonth to)
    {
        var start = held.From > from ? held.From : from;
        var end = held.To < to ? held.To : to;
        return end < start ? null : new MonthRange(start, end);
    }

    private static DateOnly FirstDay(YearMonth month) => new(month.Year, month.Month, 1);

    private static DateOnly LastDay(YearMonth month) => FirstDay(month).AddMonths(1).AddDays(-1);

    /// <summary>A note for the counted measures that have a figure but no baseline: the data for the baseline is not held.</summary>
    public static void NoteMissingBaselines(PerformanceResult result, List<string> notes)
    {
        var missing = result.Measures.Zip(result.Rows)
            .Where(x => x.First.SourceKind is MeasureSourceKind.PoliceUkCategory or MeasureSourceKind.IncidentCount or MeasureSourceKind.RepeatVictims
                && x.Second.Value is not null && x.Second.BaselineValue is null && x.First.Baseline is null)
            .Select(x => x.First.Name).ToList();
        if (missing.Count == 0) return;
        notes.Add($"Not compared or rated, because the data for the whole baseline ({result.Periods.Baseline.Label()}) is not held: {string.Join(", ", missing)}.");
    }
}
