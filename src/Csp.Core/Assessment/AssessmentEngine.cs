using Csp.Core.Areas;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Core.Priorities;
using Csp.Core.Statistics;

namespace Csp.Core.Assessment;

/// <summary>
/// Computes the Strategic Assessment tables for an area from counts in memory: period against baseline for every crime
/// type and group, rates per 1,000 residents, shares, ranks among sibling areas, the county beside it, significance,
/// series, months that stand out, findings in words and the priority scoring. Pure: no I/O.
/// </summary>
public static class AssessmentEngine
{
    /// <param name="seriesCache">Series per area code ([type][month]) to share between calls on the same counts, e.g. when
    /// assessing every district of a county, whose siblings are the same areas; null for a cache of this call's own.</param>
    public static AssessmentResult Assess(CrimeCounts counts, AreaModel areas, AssessmentRequest request, IDictionary<string, long[][]>? seriesCache = null)
    {
        var area = request.Area;
        var periods = request.Periods;
        var categories = Categories(counts, request.Scheme);
        var popYear = ChooseYear(areas.PopulationYears(area.Code), request.PopulationYear, periods.Period);
        var basePopYear = ChooseYear(areas.PopulationYears(area.Code), request.PopulationYear, periods.Baseline);
        var county = areas.County(area);
        var siblings = areas.Siblings(area, periods.Period).Where(s => areas.UnitsOf(s.Code).Count > 0).ToList();
        if (!siblings.Any(s => s.Code == area.Code)) siblings.Add(area);

        // One series per area ([type][month]) for the area, its county and each sibling.
        seriesCache ??= new Dictionary<string, long[][]>(StringComparer.Ordinal);
        long[][] SeriesOf(Area a)
        {
            if (!seriesCache.TryGetValue(a.Code, out var s)) seriesCache[a.Code] = s = counts.Series(areas.UnitsOf(a.Code));
            return s;
        }

        // A month is held when it lies in the data's range, every force serving the area has it, and it is not missing.
        // Counts and rates are over the months held; a change compares only months both sides hold: for periods of the
        // same length each month with the month as far back as the baseline is (a year earlier), else all held months
        // of each side per month. A month with no data is never a month of no crime.
        var missing = request.MissingMonths.Select(m => m.Month).ToHashSet(StringComparer.Ordinal);
        bool Held(YearMonth m) => counts.MonthIndex(m) >= 0 && (request.MonthsHeld?.Contains(m) ?? true) && !missing.Contains(m.ToString());
        var periodHeld = periods.Period.Months().Where(Held).ToList();
        var baselineHeld = periods.Baseline.Months().Where(Held).ToList();
        List<YearMonth> comparedPeriod = [], comparedBaseline = [];
        if (periods.Period.MonthCount == periods.Baseline.MonthCount)
        {
            foreach (var (p, b) in periods.Period.Months().Zip(periods.Baseline.Months()))
            {
                if (!Held(p) || !Held(b)) continue;
                comparedPeriod.Add(p);
                comparedBaseline.Add(b);
            }
        }
        else if (periodHeld.Count > 0 && baselineHeld.Count > 0)
        {
            (comparedPeriod, comparedBaseline) = (periodHeld, baselineHeld);
        }
        var comparable = comparedPeriod.Count > 0;
        int[] Index(List<YearMonth> months) => months.Select(counts.MonthIndex).ToArray();
        var (periodIdx, baselineIdx, comparedIdx, comparedBaseIdx) = (Index(periodHeld), Index(baselineHeld), Index(comparedPeriod), Index(comparedBaseline));

        var areaSeries = SeriesOf(area);
        var countySeries = county is null ? null : SeriesOf(county);
        var population = popYear is null ? null : areas.Population(area.Code, popYear.Value);
        var basePopulation = basePopYear is null ? null : areas.Population(area.Code, basePopYear.Value);
        var countyPopulation = county is null || popYear is null ? null : areas.Population(county.Code, popYear.Value);
        var totalTypes = categories.First(c => c.Name == OffenceScheme.TotalCrime).Types;
        // Compared months of different number compare per month: the baseline is scaled to the period's months.
        var scale = comparable ? (double)comparedPeriod.Count / comparedBaseline.Count : 1;
        var areaTotal = Sum(areaSeries, totalTypes, periodIdx);
        // A baseline of which the data holds no month has no count: no data is not zero crimes.
        var baselineHeldAny = baselineHeld.Count > 0;

        var rows = new List<AssessmentRow>();
        foreach (var category in categories)
        {
            var count = Sum(areaSeries, category.Types, periodIdx);
            var baseline = Sum(areaSeries, category.Types, baselineIdx);
            var comparedCount = Sum(areaSeries, category.Types, comparedIdx);
            var comparedBase = Sum(areaSeries, category.Types, comparedBaseIdx);
            var rate = Rate(count, population);
            var baseRate = Rate(baseline, basePopulation);
            var harm = category.Types.Sum(t => Sum(areaSeries, [t], periodIdx) * request.Scheme.HarmWeight(counts.CrimeTypes[t]));
            var baseHarm = category.Types.Sum(t => Sum(areaSeries, [t], baselineIdx) * request.Scheme.HarmWeight(counts.CrimeTypes[t]));

            // Ranks among siblings: by rate (1 = highest) and by % change (1 = greatest increase), on the same months.
            var siblingFigures = siblings.Select(s =>
            {
                var ss = SeriesOf(s);
                var c = Sum(ss, category.Types, periodIdx);
                var pop = popYear is null ? null : areas.Population(s.Code, popYear.Value);
                return (s.Code, Rate: Rate(c, pop), Change: comparable ? PercentChange(Sum(ss, category.Types, comparedIdx), Sum(ss, category.Types, comparedBaseIdx), scale) : null);
            }).ToList();
            var rank = RankOf(siblingFigures.Select(f => (f.Code, f.Rate)), area.Code);
            var changeRank = RankOf(siblingFigures.Select(f => (f.Code, f.Change)), area.Code);
            // Only siblings with a figure are ranked: one without a population or a baseline does not count.
            var rankOf = siblingFigures.Count(f => f.Rate is not null);
            var changeRankOf = siblingFigures.Count(f => f.Change is not null);

            long countyCount = 0, countyBaseline = 0;
            double? countyChange = null;
            if (countySeries is not null)
            {
                countyCount = Sum(countySeries, category.Types, periodIdx);
                countyBaseline = Sum(countySeries, category.Types, baselineIdx);
                if (comparable) countyChange = PercentChange(Sum(countySeries, category.Types, comparedIdx), Sum(countySeries, category.Types, comparedBaseIdx), scale);
            }

            double? pValue = null;
            if (comparable)
            {
                // Exposure = months compared x residents, so that periods of different length or population compare fairly.
                var exposure = comparedPeriod.Count * (double)(population is > 0 ? population.Value : 1);
                var baseExposure = comparedBaseline.Count * (double)(basePopulation is > 0 ? basePopulation.Value : population is > 0 ? population.Value : 1);
                pValue = PoissonRateComparison.PValue(comparedCount, exposure, comparedBase, baseExposure);
            }

            var months = new List<MonthCount>();
            foreach (var m in periods.Baseline.Months()) months.Add(new MonthCount(m.ToString(), Held(m) ? MonthSum(areaSeries, category.Types, counts, m) : null, false));
            foreach (var m in periods.Period.Months()) months.Add(new MonthCount(m.ToString(), Held(m) ? MonthSum(areaSeries, category.Types, counts, m) : null, true));
            // The area's own pattern: the period's months held (when there are six or more), else the baseline's and the
            // period's together, leaving out months with no data. A level shift between baseline and period is the change
            // the significance test speaks to; a month stands out when it breaks from the months around it.
            var pool = (periodHeld.Count >= 6 ? months.Where(m => m.InPeriod) : months).Where(m => m.Count is not null).ToList();
            var chart = ControlChart.Assess(pool.Select(m => m.Count!.Value).ToList());
            var standOut = chart.Outside.Select(i => pool[i]).Where(m => m.InPeriod).Select(m => m.Month).ToList();

            rows.Add(new AssessmentRow(
                category.Name, category.IsGroup, count, baselineHeldAny ? baseline : null,
                comparable ? (long)Math.Round(comparedCount - comparedBase * scale) : null,
                comparable ? PercentChange(comparedCount, comparedBase, scale) : null,
                rate, baselineHeldAny ? baseRate : null,
                category.Types.SequenceEqual(category.Types.Intersect(totalTypes)) && areaTotal > 0 ? Math.Round(100.0 * count / areaTotal, 1) : null,
                rank, rankOf, changeRank,
                countyCount, baselineHeldAny && countySeries is not null ? countyBaseline : null, countyChange, Rate(countyCount, countyPopulation),
                pValue, pValue is { } p ? p < PoissonRateComparison.SignificanceLevel : null,
                Math.Round(harm, 1), baselineHeldAny ? Math.Round(baseHarm, 1) : null,
                Series(areaSeries, category.Types, counts, periods, request.MonthsHeld),
                months, standOut)
            {
                ChangeRankOf = changeRankOf,
                Description = request.Scheme.Describe(category.Name),
                ComparedCount = comparable ? comparedCount : null,
                ComparedBaselineCount = comparable ? comparedBase : null,
            });
        }

        var priorities = PriorityScoring.Score(rows, request.Judgements);
        var result = new AssessmentResult(
            Ref(area), Ref(periods.Period), Ref(periods.Baseline), periods.Kind,
            popYear, population, basePopYear, basePopulation,
            county is null ? null : Ref(county),
            RankedAmong(area, areas, county),
            request.Partial && request.MissingMonths.Count > 0, request.MissingMonths,
            rows, [], priorities, Notes(request, popYear, basePopYear, population, counts, periodHeld, baselineHeld, comparedPeriod, comparedBaseline, siblings.Count, RankedAmong(area, areas, county)))
        {
            PeriodMonthsHeld = periodHeld.Select(m => m.ToString()).ToList(),
            BaselineMonthsHeld = baselineHeld.Select(m => m.ToString()).ToList(),
            MonthsCompared = comparedPeriod.Select(m => m.ToString()).ToList(),
        };
        result = result with { Notes = [.. result.Notes, .. WardNotes.For(counts, areas, area, periods, totalTypes)] };
        if (request.ComparatorGroup is { } group)
        {
            // Each member's rate per 1,000 with the population of the same year as the area's; no counts or no population: no rate.
            var rates = new List<(string, IReadOnlyDictionary<string, double>, IReadOnlyDictionary<string, double>)>();
            var members = group.MemberCodes.Select(areas.Find).OfType<Area>().Where(m => areas.UnitsOf(m.Code).Count > 0).ToList();
            foreach (var category in categories)
            {
                var current = new Dictionary<string, double>(StringComparer.Ordinal);
                var previous = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var member in members)
                {
                    var ms = SeriesOf(member);
                    if (periodHeld.Count > 0 && Rate(Sum(ms, category.Types, periodIdx), popYear is null ? null : areas.Population(member.Code, popYear.Value)) is { } r) current[member.Code] = r;
                    if (baselineHeldAny && Rate(Sum(ms, category.Types, baselineIdx), basePopYear is null ? null : areas.Population(member.Code, basePopYear.Value)) is { } b) previous[member.Code] = b;
                }
                rates.Add((category.Name, current, previous));
            }
            var names = group.MemberCodes.ToDictionary(c => c, c => areas.Find(c)?.Name ?? c, StringComparer.Ordinal);
            result = result with { MostSimilarGroup = Comparators.ComparatorStanding.Rank(group, names, rates) };
        }
        return result with { Findings = FindingWriter.Write(result) };
    }

    private sealed record Category(string Name, bool IsGroup, int[] Types);

    /// <summary>Groups first, in the scheme's order, then every crime type in the data, alphabetically (ASB last).</summary>
    private static List<Category> Categories(CrimeCounts counts, OffenceScheme scheme)
    {
        var index = counts.CrimeTypes.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var categories = scheme.Groups
            .Select(g => new Category(g.Name, true, g.Members(counts.CrimeTypes).Select(t => index[t]).Order().ToArray()))
            .ToList();
        if (!categories.Any(c => c.Name == OffenceScheme.TotalCrime))
        {
            categories.Insert(0, new Category(OffenceScheme.TotalCrime, true, counts.CrimeTypes.Select((t, i) => (t, i)).Where(x => x.t != PoliceUkCrimeTypes.AntiSocialBehaviour).Select(x => x.i).ToArray()));
        }
        categories.AddRange(counts.CrimeTypes.Select((t, i) => (t, i))
            .OrderBy(x => x.t == PoliceUkCrimeTypes.AntiSocialBehaviour).ThenBy(x => x.t, StringComparer.Ordinal)
            .Select(x => new Category(x.t, false, [x.i])));
        return categories;
    }

    /// <summary>The requested year, else the latest estimate year not after the period's end year, else the earliest there is.</summary>
    private static int? ChooseYear(IReadOnlyList<int> years, int? requested, MonthRange period)
    {
        if (requested is not null) return requested;
        if (years.Count == 0) return null;
        var notAfter = years.Where(y => y <= period.To.Year).ToList();
        return notAfter.Count > 0 ? notAfter.Max() : years.Min();
    }

    /// <param name="months">Indexes into the series of the months to add (held months only).</param>
    private static long Sum(long[][] series, int[] types, int[] months)
    {
        long total = 0;
        foreach (var t in types)
        {
            var s = series[t];
            foreach (var m in months) total += s[m];
        }
        return total;
    }

    internal static long Sum(long[][] series, int[] types, CrimeCounts counts, MonthRange range)
    {
        var from = Math.Max(0, range.From.Index - counts.FirstMonth.Index);
        var to = Math.Min(counts.MonthCount - 1, range.To.Index - counts.FirstMonth.Index);
        long total = 0;
        foreach (var t in types)
        {
            var s = series[t];
            for (var m = from; m <= to; m++) total += s[m];
        }
        return total;
    }

    private static long MonthSum(long[][] series, int[] types, CrimeCounts counts, YearMonth month)
    {
        var i = counts.MonthIndex(month);
        return i < 0 ? 0 : types.Sum(t => series[t][i]);
    }

    private static double? Rate(long count, long? population) => population is > 0 ? Math.Round(1000.0 * count / population.Value, 2) : null;

    /// <param name="scale">Period months / baseline months: 1 for periods of the same length.</param>
    private static double? PercentChange(long count, long baseline, double scale = 1) =>
        baseline == 0 ? null : Math.Round(100.0 * (count - baseline * scale) / (baseline * scale), 1);

    /// <summary>1 = the largest value; ties share the better rank; areas without a value are not ranked.</summary>
    private static int? RankOf(IEnumerable<(string Code, double? Value)> figures, string code)
    {
        var list = figures.ToList();
        var mine = list.FirstOrDefault(f => f.Code == code).Value;
        if (mine is null) return null;
        return 1 + list.Count(f => f.Value > mine);
    }

    /// <summary>
    /// The same months in earlier years, back as far as the data goes (ten at most), oldest first, then the period. An
    /// earlier year is left out when the data lacks any of its months: a gap in the data is not a fall in crime.
    /// </summary>
    private static IReadOnlyList<SeriesPoint> Series(long[][] series, int[] types, CrimeCounts counts, PeriodComparison periods, IReadOnlySet<YearMonth>? held)
    {
        var points = new List<SeriesPoint>();
        var step = Math.Max(12, (periods.Period.MonthCount + 11) / 12 * 12);
        for (var back = step; points.Count < 10; back += step)
        {
            // Compared before shifting: a period near year 1 cannot be shifted back a year at all.
            if (periods.Period.From.Index - back < counts.FirstMonth.Index) break;
            var earlier = periods.Period.Shift(-back);
            if (held is not null && !earlier.Months().All(held.Contains)) continue;
            points.Add(new SeriesPoint(earlier.From.ToString(), earlier.To.ToString(), Sum(series, types, counts, earlier)));
        }
        points.Reverse();
        points.Add(new SeriesPoint(periods.Period.From.ToString(), periods.Period.To.ToString(), Sum(series, types, counts, periods.Period)));
        return points;
    }

    private static AreaRef Ref(Area a) => new(a.Code, a.Name, a.Level.ToString());

    /// <summary>Where the rank places the area, in words: "Kent" for a district or CSP, the district for a ward, the ward for an LSOA.</summary>
    private static string RankedAmong(Area area, AreaModel areas, Area? county) => area.Level switch
    {
        AreaLevel.District or AreaLevel.CommunitySafetyPartnership => county?.Name ?? area.Name,
        AreaLevel.ForceArea => "the force areas held",
        _ => area.ParentCode is { } parent && areas.Find(parent) is { } p ? p.Name : area.Name,
    };

    private static PeriodRef Ref(MonthRange r) => new(r.From.ToString(), r.To.ToString(), r.MonthCount, r.Label());

    private static List<string> Notes(AssessmentRequest request, int? popYear, int? basePopYear, long? population, CrimeCounts counts,
        List<YearMonth> periodHeld, List<YearMonth> baselineHeld, List<YearMonth> comparedPeriod, List<YearMonth> comparedBaseline, int siblings, string rankedAmong)
    {
        var period = request.Periods.Period;
        var baseline = request.Periods.Baseline;
        var partYear = periodHeld.Count < period.MonthCount;
        var notes = new List<string>
        {
            $"Source: data.police.uk street-level crime and anti-social behaviour, {counts.FirstMonth} to {counts.LastMonth} as imported; rows without a location are not in any area.",
            popYear is null || population is null
                ? "No population estimate for this area: rates and ranks by rate are not given."
                : partYear
                    ? $"Rates are per 1,000 residents, ONS estimate for {popYear} (baseline: {basePopYear}), over the {periodHeld.Count} months held of the period's {period.MonthCount} ({MonthCoverage.Describe(periodHeld)}), not annualised: a part year's rate is lower than a whole year's."
                    : $"Rates are per 1,000 residents, ONS estimate for {popYear} (baseline: {basePopYear}), for the period as given (not annualised).",
            "Significance: exact test that the period and baseline rates are equal (Poisson counts, exposure = months compared x residents); significant when p < 0.05.",
            "Months that stand out: outside the c-chart limits (mean ± 3√mean) of the area's own months in the period (in the baseline and period together when the period holds under six months); a month without data is left out, never counted as none.",
            "Harm: days of imprisonment from the Cambridge Crime Harm Index 2020, the median over the offences each police.uk type covers (data/config/harm-weights.csv).",
            $"Ranks: rank 1 is the highest rate among the {siblings} areas of {rankedAmong} (rankOf counts those with a population); changeRank 1 is the largest increase (% change), out of changeRankOf.",
            "Shares and volume: a category's part of Total crime in the period (every police.uk type but anti-social behaviour); ASB, not a crime, is set against the same total.",
            PriorityScoring.ThresholdRule,
        };
        if (PriorityScoring.Unentered(request.Judgements) is { } unentered) notes.Add(unentered);
        if (comparedPeriod.Count == 0)
        {
            notes.Insert(0, "NO COMPARISON: " + FindingWriter.NoComparison(Ref(period), Ref(baseline), periodHeld.Select(m => m.ToString()).ToList(), baselineHeld.Select(m => m.ToString()).ToList()));
        }
        else if (comparedPeriod.Count < period.MonthCount || comparedBaseline.Count < baseline.MonthCount)
        {
            notes.Insert(0, $"Changes compare only the months both periods hold: {MonthCoverage.Describe(comparedPeriod)} against {MonthCoverage.Describe(comparedBaseline)}.");
        }
        if (period.MonthCount != baseline.MonthCount)
        {
            notes.Insert(0, $"The period has {period.MonthCount} months and the baseline {baseline.MonthCount}: changes compare the baseline scaled to the period's length (per month).");
        }
        if (request.MissingMonths.Count > 0)
        {
            // A month held but incomplete (a truncated file kept, implausibly few rows) counts as missing, and says why.
            var incomplete = string.Concat(request.MissingMonths.Where(m => m.Incomplete is not null).Select(m => $" {m.Force} {m.Month} is held but incomplete: {m.Incomplete}."));
            notes.Insert(0, $"PARTIAL: the data lacks {request.MissingMonths.Select(m => m.Month).Distinct().Count()} month(s) this comparison needs ({MonthCoverage.Describe(request.MissingMonths.Select(m => YearMonth.Parse(m.Month)).Distinct().Order().ToList())}); counts cover only the months held.{incomplete}");
        }
        return notes;
    }
}
