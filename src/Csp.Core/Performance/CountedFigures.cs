using Csp.Core.Incidents;
using Csp.Core.Periods;

namespace Csp.Core.Performance;

/// <summary>
/// The figures the product counts itself, added to <see cref="PerformanceData"/> beside the returns under the measure's
/// <see cref="Measure.SeriesKey"/>: police.uk records and partner incidents by month, and the domestic abuse repeat share
/// for a period. Only whole months the data holds give a figure; a month held with nothing in it is 0, a month not held
/// is no figure (so the engine's <c>dataTo</c> stops before it).
/// </summary>
public static class CountedFigures
{
    /// <summary>The incident source key that counts every incident flagged domestic, of any category.</summary>
    public const string Domestic = "domestic";

    /// <summary>One figure per month held: the police.uk records of the measure's crime types in the area that month (0 when none).</summary>
    /// <param name="heldMonths">The months the police data holds whole for the area (its force's months).</param>
    /// <param name="records">Records by month, already summed over the measure's crime types; a month absent is 0.</param>
    public static void AddPoliceMonths(PerformanceData data, Measure measure, string areaCode, IEnumerable<YearMonth> heldMonths, IReadOnlyDictionary<YearMonth, long> records)
    {
        foreach (var month in heldMonths.Distinct().Order())
        {
            data.Add(measure.SeriesKey, areaCode, ReturnPeriod.Of(new MonthRange(month, month)), records.GetValueOrDefault(month), MeasureUnit.Count);
        }
    }

    /// <summary>True when the incident is one the source key counts: <c>domestic</c> (flagged domestic), <c>*</c> (any) or its category.</summary>
    public static bool Counts(IncidentRecord incident, string sourceKey) => Counts(incident.Category, incident.Domestic, sourceKey);

    /// <summary>The same for incidents of a category and domestic flag (counted together by the database).</summary>
    public static bool Counts(string category, bool? domestic, string sourceKey) =>
        sourceKey == "*"
        || (sourceKey.Equals(Domestic, StringComparison.OrdinalIgnoreCase) ? domestic == true : category.Equals(sourceKey, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// One figure per month of <paramref name="months"/> (whole months held): the area's incidents the measure counts that
    /// month, from counts by month, category and domestic flag (0 when none). The same figures as
    /// <see cref="AddIncidentMonths"/> gives from the incidents themselves.
    /// </summary>
    public static void AddIncidentMonthCounts(PerformanceData data, Measure measure, string areaCode, IEnumerable<(YearMonth Month, string Category, bool? Domestic, long Incidents)> counts,
        MonthRange months)
    {
        var byMonth = new long[months.MonthCount];
        foreach (var (month, category, domestic, n) in counts)
        {
            if (months.Contains(month) && Counts(category, domestic, measure.SourceKey)) byMonth[month.Index - months.From.Index] += n;
        }
        for (var i = 0; i < byMonth.Length; i++)
        {
            var month = months.From.AddMonths(i);
            data.Add(measure.SeriesKey, areaCode, ReturnPeriod.Of(new MonthRange(month, month)), byMonth[i], MeasureUnit.Count);
        }
    }

    /// <summary>The whole months from the first to the last day incidents are held (both included); null when not one month is whole.</summary>
    public static MonthRange? WholeMonths(DateOnly firstHeld, DateOnly lastHeld)
    {
        var from = new YearMonth(firstHeld.Year, firstHeld.Month);
        if (firstHeld.Day != 1) from = from.AddMonths(1);
        var to = new YearMonth(lastHeld.Year, lastHeld.Month);
        if (lastHeld.AddDays(1).Day != 1) to = to.AddMonths(-1);
        return to < from ? null : new MonthRange(from, to);
    }

    /// <summary>One figure per whole month held: the area's incidents the measure counts that month (0 when none).</summary>
    /// <param name="incidents">The area's incidents (any dates; those outside <paramref name="held"/> are ignored).</param>
    public static void AddIncidentMonths(PerformanceData data, Measure measure, string areaCode, IEnumerable<IncidentRecord> incidents, MonthRange held)
    {
        var counts = new long[held.MonthCount];
        foreach (var incident in incidents)
        {
            var month = new YearMonth(incident.Date.Year, incident.Date.Month);
            if (held.Contains(month) && Counts(incident, measure.SourceKey)) counts[month.Index - held.From.Index]++;
        }
        for (var i = 0; i < counts.Length; i++)
        {
            var month = held.From.AddMonths(i);
            data.Add(measure.SeriesKey, areaCode, ReturnPeriod.Of(new MonthRange(month, month)), counts[i], MeasureUnit.Count);
        }
    }

    /// <summary>
    /// The repeat share (<see cref="RepeatVictimisation"/>) of each period asked and of its baseline, as percentages. A
    /// period the data stops inside is cut to its whole months held (its baseline to the same months a year earlier), and
    /// one that starts before the data is left out; the look-back may reach before the data (see <see cref="LookBackShort"/>).
    /// </summary>
    /// <param name="incidents">The area's incidents of every date held (the look-back reads those before the period).</param>
    /// <returns>The figures added, each with its counts, for the notes and tests.</returns>
    public static IReadOnlyList<(ReturnPeriod Period, RepeatVictimisationResult Result)> AddRepeatVictims(PerformanceData data, Measure measure, string areaCode,
        IReadOnlyList<IncidentRecord> incidents, MonthRange held, IEnumerable<PeriodComparison> periods)
    {
        var options = new RepeatVictimisationOptions(measure.WindowMonths);
        var added = new List<(ReturnPeriod, RepeatVictimisationResult)>();
        var done = new HashSet<ReturnPeriod>();
        foreach (var comparison in periods)
        {
            if (Cut(comparison.Period, held) is not { } period) continue;
            var offset = comparison.Period.From.Index - comparison.Baseline.From.Index;
            foreach (var months in (MonthRange?[])[period, period.Shift(-offset)])
            {
                if (months is not { } m || !held.Contains(m.From) || !held.Contains(m.To)) continue;
                var p = ReturnPeriod.Of(m);
                if (!done.Add(p)) continue;
                var result = RepeatVictimisation.Compute(incidents, p.Start, p.End, options);
                data.Add(measure.SeriesKey, areaCode, p, result.PercentRepeat, MeasureUnit.Percentage, new ShareBase(result.RepeatVictims, result.Victims));
                added.Add((p, result));
            }
        }
        return added;
    }

    /// <summary>True when the look-back of a period starting on <paramref name="start"/> reaches before the first day held: repeats may be undercounted.</summary>
    public static bool LookBackShort(DateOnly start, DateOnly firstHeld, int windowMonths) => start.AddMonths(-windowMonths) < firstHeld;

    private static MonthRange? Cut(MonthRange period, MonthRange held)
    {
        if (period.From < held.From || period.From > held.To) return null;
        return new MonthRange(period.From, period.To < held.To ? period.To : held.To);
    }
}
