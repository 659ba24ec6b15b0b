using Csp.Core.Periods;

namespace Csp.Core.Assessment;

/// <summary>
/// Recorded crime and ASB counted by small area (LSOA), crime type and month, in one dense array: the compact form the
/// assessment works on in memory (about 1,000 LSOAs x 14 types x 48 months for a force is 670,000 counts, 2.7 MB).
/// </summary>
/// <remarks>Layout: unit-major, then crime type, then month innermost, so that a month range is a contiguous run.</remarks>
public sealed class CrimeCounts
{
    private readonly int[] _counts;

    public CrimeCounts(IReadOnlyList<string> units, IReadOnlyList<string> crimeTypes, YearMonth firstMonth, int monthCount, int[] counts)
    {
        if (counts.Length != units.Count * crimeTypes.Count * monthCount) throw new ArgumentException("The counts do not match units x types x months.", nameof(counts));
        Units = units;
        CrimeTypes = crimeTypes;
        FirstMonth = firstMonth;
        MonthCount = monthCount;
        _counts = counts;
    }

    /// <summary>The LSOA codes (2011 or 2021 vintage, as the police files give them).</summary>
    public IReadOnlyList<string> Units { get; }

    public IReadOnlyList<string> CrimeTypes { get; }

    public YearMonth FirstMonth { get; }

    public int MonthCount { get; }

    public YearMonth LastMonth => FirstMonth.AddMonths(MonthCount - 1);

    public int this[int unit, int type, int month] => _counts[(unit * CrimeTypes.Count + type) * MonthCount + month];

    /// <summary>Sums the given units into one series per crime type: [type][month].</summary>
    public long[][] Series(IEnumerable<int> units)
    {
        var types = CrimeTypes.Count;
        var series = new long[types][];
        for (var t = 0; t < types; t++) series[t] = new long[MonthCount];
        foreach (var u in units)
        {
            var baseIndex = u * types * MonthCount;
            for (var t = 0; t < types; t++)
            {
                var row = _counts.AsSpan(baseIndex + t * MonthCount, MonthCount);
                var target = series[t];
                for (var m = 0; m < row.Length; m++) target[m] += row[m];
            }
        }
        return series;
    }

    /// <summary>The month's position in the arrays, or -1 when it is outside the data's range.</summary>
    public int MonthIndex(YearMonth month)
    {
        var i = month.Index - FirstMonth.Index;
        return i >= 0 && i < MonthCount ? i : -1;
    }

    /// <summary>
    /// Counts compact records (one entry per crime: unit index, crime type index, month index) into the dense array. The
    /// records are split across the cores, each counting into its own array, and the arrays are added: one pass over
    /// memory, no hashing, no sorting.
    /// </summary>
    public static CrimeCounts Aggregate(IReadOnlyList<string> units, IReadOnlyList<string> crimeTypes, YearMonth firstMonth, int monthCount,
        ReadOnlyMemory<int> unit, ReadOnlyMemory<byte> type, ReadOnlyMemory<short> month)
    {
        if (unit.Length != type.Length || unit.Length != month.Length) throw new ArgumentException("The record columns differ in length.");
        var types = crimeTypes.Count;
        var size = units.Count * types * monthCount;
        var parts = Math.Clamp(Environment.ProcessorCount, 1, 8);
        if (unit.Length < 200_000) parts = 1;
        var partials = new int[parts][];
        var length = unit.Length;
        Parallel.For(0, parts, p =>
        {
            var counts = new int[size];
            var from = (int)((long)length * p / parts);
            var to = (int)((long)length * (p + 1) / parts);
            var u = unit.Span[from..to];
            var t = type.Span[from..to];
            var m = month.Span[from..to];
            for (var i = 0; i < u.Length; i++) counts[(u[i] * types + t[i]) * monthCount + m[i]]++;
            partials[p] = counts;
        });
        var total = partials[0];
        for (var p = 1; p < parts; p++)
        {
            var other = partials[p];
            for (var i = 0; i < size; i++) total[i] += other[i];
        }
        return new CrimeCounts(units, crimeTypes, firstMonth, monthCount, total);
    }

    /// <summary>Builds the dense array from (unit, type, month, count) cells, any order; cells may repeat and are added.</summary>
    public static CrimeCounts Build(IEnumerable<(string Unit, string CrimeType, YearMonth Month, int Count)> cells)
    {
        var list = cells as IReadOnlyCollection<(string Unit, string CrimeType, YearMonth Month, int Count)> ?? cells.ToList();
        var units = list.Select(c => c.Unit).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var types = list.Select(c => c.CrimeType).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (list.Count == 0) return new CrimeCounts([], [], new YearMonth(2000, 1), 0, []);
        var first = list.Min(c => c.Month);
        var last = list.Max(c => c.Month);
        var months = last.Index - first.Index + 1;
        var unitIndex = units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i, StringComparer.Ordinal);
        var typeIndex = types.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var counts = new int[units.Count * types.Count * months];
        foreach (var c in list) counts[(unitIndex[c.Unit] * types.Count + typeIndex[c.CrimeType]) * months + (c.Month.Index - first.Index)] += c.Count;
        return new CrimeCounts(units, types, first, months, counts);
    }
}
