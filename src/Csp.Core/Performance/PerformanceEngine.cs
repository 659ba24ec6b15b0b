namespace Csp.Core.Performance;

/// <summary>
/// Computes the performance table: for each measure, the figure for the period, the baseline, the change, the target and
/// its RAG status.
/// </summary>
/// <remarks>
/// <para>The period's figure. Counts and money: the sum of the figures whose periods lie wholly inside the period (a
/// July-June year never counts towards a quarter); figures for overlapping periods are not added twice (the one
/// starting first is used). Percentages and rates: never summed: the latest figure whose period
/// lies wholly inside the period. A figure returned as not available contributes nothing; when nothing is available the
/// row is <c>notAvailable</c>.</para>
/// <para><c>dataTo</c> is the last day covered by the figures used. When the data stops before the period ends (a lagging
/// source), the baseline is cut to the same months: Apr-Jul against Apr-Jul, as seed 000 compares "Apr-Jul 10" with
/// "Apr-Jul 11". For a percentage the baseline is the figure for the same period shifted back, else the latest one in the
/// baseline period.</para>
/// <para>A rate per 1,000 whose returns are counts is the count divided by the residents of the measure's age band
/// (all ages when it has none), times 1,000, two decimals.</para>
/// <para>A partnership with no figures of its own is the sum of its districts' counts, up to the last day every district
/// covers; percentages are not added up. Where a measure's target differs by district (reduce in Dartford, maintain in
/// Gravesham), the partnership's status is the worst of its districts' statuses, each judged against its own target.</para>
/// </remarks>
public static class PerformanceEngine
{
    public static PerformanceResult Compute(PerformanceRequest request, PerformanceData data)
    {
        var period = ReturnPeriod.Of(request.Periods.Period);
        var baseline = ReturnPeriod.Of(request.Periods.Baseline);
        var offset = request.Periods.Period.From.Index - request.Periods.Baseline.From.Index;
        return Compute(request, data, period, baseline, offset, TargetTexts(request.Measures));
    }

    /// <summary>The same measures and periods for many areas (a county's districts, a comparator group).</summary>
    public static IReadOnlyList<PerformanceResult> Compute(IEnumerable<PerformanceArea> areas, Periods.PeriodComparison periods, IReadOnlyList<Measure> measures, PerformanceData data, RagRule? rule = null)
    {
        var period = ReturnPeriod.Of(periods.Period);
        var baseline = ReturnPeriod.Of(periods.Baseline);
        var offset = periods.Period.From.Index - periods.Baseline.From.Index;
        var texts = TargetTexts(measures);
        return areas.Select(a => Compute(new PerformanceRequest(a, periods, measures) { Rule = rule ?? RagRule.Default }, data, period, baseline, offset, texts)).ToList();
    }

    private static PerformanceResult Compute(PerformanceRequest request, PerformanceData data, ReturnPeriod period, ReturnPeriod baseline, int offset, string?[] targetTexts)
    {
        var rows = new PerformanceRow[request.Measures.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = Row(request.Measures[i], targetTexts[i], request.Area, period, baseline, offset, data, request.Rule);
        }
        return new PerformanceResult(request.Area, request.Periods, request.Measures, rows, request.Rule.Statement);
    }

    /// <summary>Each measure's general target in words, written once for all areas.</summary>
    private static string?[] TargetTexts(IReadOnlyList<Measure> measures) =>
        measures.Select(m => m.Target?.Describe(m.Polarity, m.Unit)).ToArray();

    private static PerformanceRow Row(Measure measure, string? generalTargetText, PerformanceArea area, ReturnPeriod period, ReturnPeriod baseline, int offset, PerformanceData data, RagRule rule)
    {
        var figure = FigureFor(measure, area, period, baseline, offset, data);
        decimal? change = figure.Value - figure.Baseline;
        decimal? percentChange = change is not { } c ? null
            : measure.Unit == MeasureUnit.Percentage ? Math.Round(c, 1, MidpointRounding.AwayFromZero)
            : figure.Baseline is { } b && b != 0 ? Math.Round(c * 100m / b, 1, MidpointRounding.AwayFromZero)
            : null;

        string? targetText;
        RagStatus status;
        var own = measure.OwnTargetFor(area);
        if (own is null && area.Parts.Count > 0 && area.Parts.Any(p => measure.OwnTargetFor(p) is not null))
        {
            // Targets set per district: each district is judged against its own, the partnership shows the worst.
            status = RagStatus.NotRated;
            var texts = new List<string>(area.Parts.Count);
            foreach (var part in area.Parts)
            {
                var target = measure.TargetFor(part);
                var f = FigureFor(measure, part, period, baseline, offset, data);
                status = RagStatuses.Worse(status, rule.Rate(measure, target, f.Value, f.Baseline));
                texts.Add($"{part.Name}: {target?.Describe(measure.Polarity, measure.Unit) ?? "no target"}");
            }
            targetText = string.Join("; ", texts);
        }
        else
        {
            var target = own ?? measure.Target;
            targetText = own is null ? generalTargetText : own.Describe(measure.Polarity, measure.Unit);
            status = rule.Rate(measure, target, figure.Value, figure.Baseline);
        }
        return new PerformanceRow(measure.Name, figure.Value, figure.Baseline, change, percentChange, measure.Unit.Label(),
            targetText, status.Label(), figure.DataTo, figure.Value is null)
        {
            ValueBase = figure.ValueBase,
            BaselineBase = figure.BaselineBase,
        };
    }

    /// <param name="ValueBase">The people the figure is of, when it is a share counted from personal records.</param>
    private readonly record struct Figure(decimal? Value, decimal? Baseline, DateOnly? DataTo, ShareBase? ValueBase = null, ShareBase? BaselineBase = null);

    private static Figure FigureFor(Measure measure, PerformanceArea area, ReturnPeriod period, ReturnPeriod baseline, int offset, PerformanceData data)
    {
        var series = data.Series(measure.SeriesKey, area.Code);
        Figure figure;
        if (series is not null) figure = FromSeries(measure, area, [series], period, baseline, offset, data);
        else if (area.Parts.Count > 0 && area.Parts.Select(p => data.Series(measure.SeriesKey, p.Code)).ToList() is var parts && parts.TrueForAll(p => p is not null))
        {
            figure = FromSeries(measure, area, parts!, period, baseline, offset, data);
        }
        else figure = default;
        return measure.Baseline is { } fixedBaseline ? figure with { Baseline = fixedBaseline, BaselineBase = null } : figure;
    }

    /// <summary>One series (an area's own), or the districts' series added up (counts only).</summary>
    private static Figure FromSeries(Measure measure, PerformanceArea area, IReadOnlyList<List<SeriesPoint>> series, ReturnPeriod period, ReturnPeriod baseline, int offset, PerformanceData data)
    {
        var asRate = measure.Unit == MeasureUnit.RatePer1000 && series.Any(s => s.Exists(p => p.Unit == MeasureUnit.Count));
        var sourceUnit = asRate ? MeasureUnit.Count : measure.Unit;
        if (!sourceUnit.IsSummable())
        {
            if (series.Count != 1) return default;
            return Latest(series[0], sourceUnit, period, baseline, offset);
        }
        // Counts: first the last day every series covers, then each summed up to it (one series: its own sum).
        DateOnly? dataTo = null;
        var firstDay = DateOnly.MaxValue;
        decimal value = 0;
        foreach (var s in series)
        {
            var run = Sum(s, sourceUnit, period, period.End);
            if (run is not { } r) return default;
            dataTo = dataTo is null || r.To < dataTo ? r.To : dataTo;
            if (r.From < firstDay) firstDay = r.From;
            value += r.Value;
        }
        var cut = dataTo!.Value;
        if (series.Count > 1)
        {
            value = 0;
            foreach (var s in series) value += Sum(s, sourceUnit, period, cut)?.Value ?? 0;
        }
        // The baseline covers the same days a year (the offset) earlier, wholly: a baseline with a month missing (police
        // data not held, a return not made) is no baseline, never a smaller one.
        var baselineCut = cut < period.End ? ShiftEnd(cut, -offset) : baseline.End;
        var baselineFrom = firstDay.AddMonths(-offset);
        decimal? baselineValue = 0;
        foreach (var s in series)
        {
            baselineValue = Sum(s, sourceUnit, baseline, baselineCut) is { } b && b.To == baselineCut && b.From <= baselineFrom ? baselineValue + b.Value : null;
        }
        if (!asRate) return new Figure(value, baselineValue, cut);
        var band = measure.RateAgeBand ?? AgeBand.AllAges;
        var persons = data.Population(area.Code, band);
        if (persons is null && area.Parts.Count > 0)
        {
            persons = 0;
            foreach (var part in area.Parts) persons += data.Population(part.Code, band);
        }
        if (persons is not { } n) return new Figure(null, null, cut);
        return new Figure(Rate(value, n), baselineValue is { } bv ? Rate(bv, n) : null, cut);
    }

    private static decimal? Rate(decimal count, long persons) =>
        AgeBand.RatePer1000(count, persons) is { } r ? Math.Round(r, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>
    /// The sum of the available figures wholly inside <paramref name="range"/> ending on or before <paramref name="cut"/>,
    /// over the unbroken run of days from the first of them: a gap (a month not held, a figure not returned or returned as
    /// not available) ends the run, so that <c>dataTo</c> never claims days with no figure. Null when there is none.
    /// </summary>
    private static (decimal Value, DateOnly From, DateOnly To)? Sum(List<SeriesPoint> points, MeasureUnit unit, ReturnPeriod range, DateOnly cut)
    {
        decimal sum = 0;
        DateOnly? from = null;
        var next = DateOnly.MinValue;
        foreach (var p in points)
        {
            if (p.Period.Start > range.End) break;
            if (p.Unit != unit || !range.Contains(p.Period) || p.Period.End > cut) continue;
            // Figures for overlapping periods (a year and the months inside it, from different returns) are never added
            // twice: the one that starts first is used.
            if (from is not null && p.Period.Start < next) continue;
            if (from is not null && p.Period.Start > next) break;
            if (p.Value is not { } v)
            {
                if (from is null) continue;
                break;
            }
            from ??= p.Period.Start;
            next = p.Period.End.AddDays(1);
            sum += v;
        }
        return from is { } f ? (sum, f, next.AddDays(-1)) : null;
    }

    private static Figure Latest(List<SeriesPoint> points, MeasureUnit unit, ReturnPeriod period, ReturnPeriod baseline, int offset)
    {
        SeriesPoint? latest = null;
        foreach (var p in points)
        {
            if (p.Period.Start > period.End) break;
            if (p.Unit != unit || p.Value is null || !period.Contains(p.Period)) continue;
            if (latest is null || p.Period.End >= latest.Value.Period.End) latest = p;
        }
        if (latest is not { } current) return default;
        var same = current.Period.ShiftMonths(-offset);
        var cut = current.Period.End < period.End ? ShiftEnd(current.Period.End, -offset) : baseline.End;
        SeriesPoint? before = null;
        foreach (var p in points)
        {
            if (p.Period.Start > baseline.End) break;
            if (p.Unit != unit || p.Value is null || !baseline.Contains(p.Period) || p.Period.End > cut) continue;
            if (p.Period == same)
            {
                before = p;
                break;
            }
            if (before is null || p.Period.End >= before.Value.Period.End) before = p;
        }
        return new Figure(current.Value, before?.Value, current.Period.End, current.Base, before?.Base);
    }

    /// <summary>A last day moved by whole months, staying on the last day of the month when it was (30 June -> 30 June).</summary>
    private static DateOnly ShiftEnd(DateOnly end, int months)
    {
        var moved = end.AddMonths(months);
        return end.AddDays(1).Day == 1 ? new DateOnly(moved.Year, moved.Month, DateTime.DaysInMonth(moved.Year, moved.Month)) : moved;
    }
}
