namespace Csp.Core.Performance;

/// <summary>
/// The figures the performance engine reads: headline values by measure, area and period (from partner returns, and from
/// police.uk or incident counts that the caller adds by month), and residents by area and age band for rates.
/// Built once, then read by any number of requests (reading is thread-safe once building has finished). Figures are
/// keyed by the measure's source key: the return's measure name, the police.uk crime type or category, the incident
/// category (<see cref="Measure.SourceKey"/>), so two measures may read one series (a count and its rate per 1,000).
/// </summary>
public sealed class PerformanceData
{
    // measure (case-insensitive) -> area code -> points sorted by period start.
    private readonly Dictionary<string, Dictionary<string, List<SeriesPoint>>> _series = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<AgeBand, long>> _population = new(StringComparer.OrdinalIgnoreCase);

    public int PointCount { get; private set; }

    /// <summary>
    /// Adds the headline figures of returns (breakdown rows are for breakdown tables and are skipped here). A returned share
    /// whose return also gives its base (<see cref="ShareBase"/>: <c>base=numerator</c> and <c>base=denominator</c> rows of
    /// the same measure, area and period, both available) carries it, for small-number suppression.
    /// </summary>
    public PerformanceData AddReturns(IEnumerable<ReturnValue> values)
    {
        var bases = new Dictionary<(string Measure, string Area, ReturnPeriod Period), (long? Part, long? Whole)>();
        var headlines = new List<ReturnValue>();
        foreach (var v in values)
        {
            if (Breakdown.IsHeadline(v.Breakdown)) headlines.Add(v);
            else if (ShareBase.PartOf(v.Breakdown) is { } part && v.Value is { } n && n == decimal.Truncate(n))
            {
                var key = (v.Measure.ToUpperInvariant(), v.AreaCode.ToUpperInvariant(), v.Period);
                var held = bases.GetValueOrDefault(key);
                bases[key] = part == ShareBase.Numerator ? held with { Part = (long)n } : held with { Whole = (long)n };
            }
        }
        foreach (var v in headlines)
        {
            ShareBase? shareBase = v.Unit == MeasureUnit.Percentage && bases.TryGetValue((v.Measure.ToUpperInvariant(), v.AreaCode.ToUpperInvariant(), v.Period), out var b)
                && b is { Part: { } part, Whole: { } whole } ? new ShareBase(part, whole) : null;
            Add(v.Measure, v.AreaCode, v.Period, v.Value, v.Unit, shareBase);
        }
        return this;
    }

    /// <summary>Adds one figure. A figure for the same measure, area and period as one already held replaces it (a later return).</summary>
    /// <param name="shareBase">For a share counted from personal records, the people it is of (small-number suppression).</param>
    public PerformanceData Add(string measure, string areaCode, ReturnPeriod period, decimal? value, MeasureUnit unit, ShareBase? shareBase = null)
    {
        if (!_series.TryGetValue(measure, out var byArea)) _series[measure] = byArea = new(StringComparer.OrdinalIgnoreCase);
        if (!byArea.TryGetValue(areaCode, out var points)) byArea[areaCode] = points = [];
        var point = new SeriesPoint(period, value, unit, shareBase);
        // Returns arrive in period order almost always: append, else insert in place.
        var i = points.Count;
        while (i > 0 && points[i - 1].Period.Start > period.Start) i--;
        if (i > 0 && points[i - 1].Period == period)
        {
            points[i - 1] = point;
            return this;
        }
        points.Insert(i, point);
        PointCount++;
        return this;
    }

    /// <summary>The residents of an area in an age band (the denominator of a rate per 1,000).</summary>
    public PerformanceData AddPopulation(string areaCode, AgeBand band, long persons)
    {
        if (!_population.TryGetValue(areaCode, out var bands)) _population[areaCode] = bands = [];
        bands[band] = persons;
        return this;
    }

    internal List<SeriesPoint>? Series(string measure, string areaCode) =>
        _series.TryGetValue(measure, out var byArea) && byArea.TryGetValue(areaCode, out var points) ? points : null;

    internal long? Population(string areaCode, AgeBand band) =>
        _population.TryGetValue(areaCode, out var bands) && bands.TryGetValue(band, out var persons) ? persons : null;
}
