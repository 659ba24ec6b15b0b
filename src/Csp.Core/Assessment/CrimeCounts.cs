using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    /// Counts compact records (one entry per crime: unit index, crime type index, month index) into a new dense array:
    /// one pass over the records, no hashing, no sorting. To count again without allocating, use <see cref="CountInto"/>
    /// with an array kept between calls.
    /// </summary>
    public static CrimeCounts Aggregate(IReadOnlyList<string> units, IReadOnlyList<string> crimeTypes, YearMonth firstMonth, int monthCount,
        ReadOnlyMemory<int> unit, ReadOnlyMemory<byte> type, ReadOnlyMemory<short> month)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(crimeTypes);
        var counts = new int[units.Count * crimeTypes.Count * monthCount];
        CountInto(counts, units.Count, crimeTypes.Count, monthCount, unit, type, month);
        return new CrimeCounts(units, crimeTypes, firstMonth, monthCount, counts);
    }

    /// <summary>Records a thread must have to itself, at the least, before a second thread is used.</summary>
    private const int MinimumRecordsPerThread = 65_536;

    /// <summary>
    /// The threads <see cref="CountInto"/> uses for this many records into this many counts: one per core, but no more
    /// than gives each thread <see cref="MinimumRecordsPerThread"/> records and a quarter of the counts' length in
    /// records (with more than one thread each clears a private copy of the counts and they are added up at the end,
    /// which costs about a tenth of counting as many records).
    /// </summary>
    public static int ThreadsFor(int records, int counts) =>
        Math.Clamp(records / Math.Max(MinimumRecordsPerThread, counts / 4), 1, Environment.ProcessorCount);

    /// <summary>
    /// Counts the records into <paramref name="counts"/> (cleared first; units x types x months in this class's layout).
    /// </summary>
    /// <remarks>
    /// The work is a stream over the records (7 bytes each) with one increment per record into the counts, which for all
    /// 35,000 LSOAs of England and Wales x 14 types x 4 months is 5.7 MB: larger than a core's L2, so each increment waits
    /// on the L3. With many records (<see cref="ThreadsFor"/>) the records are split into one contiguous share per core,
    /// each counted into its own 16-bit copy of the counts (half the memory to clear and to touch; a share whose copy
    /// wrapped round, which the totals show, is counted again in ints), from the shared pool so that a
    /// caller counting again and again allocates nothing; the copies are then added into <paramref name="counts"/>, each
    /// thread a share of its length. Every record's unit, type and month are checked: a record outside the array is an
    /// error (the first such record is named), never a count elsewhere.
    /// </remarks>
    public static void CountInto(Memory<int> counts, int unitCount, int crimeTypeCount, int monthCount, ReadOnlyMemory<int> unit, ReadOnlyMemory<byte> type, ReadOnlyMemory<short> month)
    {
        if (unit.Length != type.Length || unit.Length != month.Length) throw new ArgumentException("The record columns differ in length.");
        if (counts.Length != (long)unitCount * crimeTypeCount * monthCount) throw new ArgumentException("The counts do not match units x types x months.", nameof(counts));
        var threads = ThreadsFor(unit.Length, counts.Length);
        if (threads == 1)
        {
            counts.Span.Clear();
            if (Count(counts.Span, crimeTypeCount, monthCount, unit.Span, type.Span, month.Span, (unitCount, crimeTypeCount, monthCount)) is { } bad) throw OutOfRange(bad, unit.Span, type.Span, month.Span);
            return;
        }
        var partials = new ushort[threads][];
        for (var k = 0; k < threads; k++) partials[k] = ArrayPool<ushort>.Shared.Rent(counts.Length);
        try
        {
            var firstBad = new int?[threads];
            var share = (unit.Length + threads - 1) / threads;
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
            {
                var target = partials[k].AsSpan(0, counts.Length);
                target.Clear();
                var start = k * share;
                var length = Math.Min(share, unit.Length - start);
                if (Count(target, crimeTypeCount, monthCount, unit.Span.Slice(start, length), type.Span.Slice(start, length), month.Span.Slice(start, length),
                    (unitCount, crimeTypeCount, monthCount)) is { } bad) firstBad[k] = start + bad;
            });
            if (firstBad.FirstOrDefault(b => b is not null) is { } record) throw OutOfRange(record, unit.Span, type.Span, month.Span);
            var slice = ((counts.Length + threads - 1) / threads + Vector<ushort>.Count - 1) / Vector<ushort>.Count * Vector<ushort>.Count;
            var totals = new uint[threads][];
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
            {
                var start = Math.Min(k * slice, counts.Length);
                var length = Math.Min(slice, counts.Length - start);
                totals[k] = Sum(counts.Span.Slice(start, length), partials, start);
            });
            // A cell that passed 65,535 in a share wrapped round, leaving that share's 16-bit counts 65,536 short of its
            // records (the totals, modulo 2^32, differ exactly when a share wrapped: fewer than 65,536 wraps fit in a
            // share). Never so in police.uk data (no LSOA has 65,536 crimes of a type in a month); counted again in ints.
            for (var k = 0; k < threads; k++)
            {
                var total = 0u;
                foreach (var part in totals) total += part[k];
                if (total != (uint)Math.Min(share, unit.Length - k * share))
                {
                    counts.Span.Clear();
                    Count(counts.Span, crimeTypeCount, monthCount, unit.Span, type.Span, month.Span, (unitCount, crimeTypeCount, monthCount));
                    return;
                }
            }
        }
        finally
        {
            foreach (var partial in partials) ArrayPool<ushort>.Shared.Return(partial);
        }
    }

    /// <summary>
    /// Counts records into <paramref name="counts"/> (not cleared), or gives the position of the first record outside
    /// <paramref name="limits"/> (counting stops there). Blocks of 4,096 records: each block's largest unit, type and month
    /// are checked (a vector pass over data then in the cache) before its records are counted without a check apiece.
    /// </summary>
    /// <remarks>Compiled fully optimised on first use (<see cref="MethodImplOptions.AggressiveOptimization"/>): a command counts
    /// once or a few times, and under tiered compilation those calls would run the loop unoptimised.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int? Count<T>(Span<T> counts, int crimeTypeCount, int monthCount, ReadOnlySpan<int> unit, ReadOnlySpan<byte> type, ReadOnlySpan<short> month,
        (int Units, int Types, int Months) limits)
        where T : unmanaged, IBinaryInteger<T>
    {
        ref var count = ref MemoryMarshal.GetReference(counts);
        ref var u = ref MemoryMarshal.GetReference(unit);
        ref var t = ref MemoryMarshal.GetReference(type);
        ref var m = ref MemoryMarshal.GetReference(month);
        const int Block = 4096;
        for (var start = 0; start < unit.Length; start += Block)
        {
            var length = Math.Min(Block, unit.Length - start);
            if (!InRange(unit.Slice(start, length), limits.Units) || !InRange(type.Slice(start, length), limits.Types) || !InRange(month.Slice(start, length), limits.Months))
            {
                for (var i = start; ; i++)
                {
                    if ((uint)unit[i] >= (uint)limits.Units || type[i] >= limits.Types || (uint)month[i] >= (uint)limits.Months) return i;
                }
            }
            for (var i = start; i < start + length; i++)
            {
                var index = (Unsafe.Add(ref u, i) * crimeTypeCount + Unsafe.Add(ref t, i)) * monthCount + Unsafe.Add(ref m, i);
                Unsafe.Add(ref count, index)++;
            }
        }
        return null;
    }

    /// <summary>
    /// target = the sum of the 16-bit sources (two or more) from <paramref name="offset"/> on, element by element; returns
    /// each source's total over the slice, modulo 2^32.
    /// </summary>
    /// <remarks>The first two in one pass (the target written once: the common case of two cores), each other added after.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint[] Sum(Span<int> target, ushort[][] sources, int offset)
    {
        var totals = new uint[sources.Length];
        ref var to = ref Unsafe.As<int, uint>(ref MemoryMarshal.GetReference(target));
        var length = target.Length;
        ref var first = ref MemoryMarshal.GetReference(sources[0].AsSpan(offset, length));
        ref var second = ref MemoryMarshal.GetReference(sources[1].AsSpan(offset, length));
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var (total, total2) = (Vector<uint>.Zero, Vector<uint>.Zero);
            for (; i <= length - Vector<ushort>.Count; i += Vector<ushort>.Count)
            {
                Vector.Widen(Vector.LoadUnsafe(ref first, (nuint)i), out var low, out var high);
                Vector.Widen(Vector.LoadUnsafe(ref second, (nuint)i), out var low2, out var high2);
                (low + low2).StoreUnsafe(ref to, (nuint)i);
                (high + high2).StoreUnsafe(ref to, (nuint)(i + Vector<uint>.Count));
                total += low + high;
                total2 += low2 + high2;
            }
            (totals[0], totals[1]) = (Vector.Sum(total), Vector.Sum(total2));
        }
        for (; i < length; i++)
        {
            uint a = Unsafe.Add(ref first, i), b = Unsafe.Add(ref second, i);
            Unsafe.Add(ref to, i) = a + b;
            (totals[0], totals[1]) = (totals[0] + a, totals[1] + b);
        }
        for (var k = 2; k < sources.Length; k++)
        {
            ref var from = ref MemoryMarshal.GetReference(sources[k].AsSpan(offset, length));
            i = 0;
            if (Vector.IsHardwareAccelerated)
            {
                var total = Vector<uint>.Zero;
                for (; i <= length - Vector<ushort>.Count; i += Vector<ushort>.Count)
                {
                    Vector.Widen(Vector.LoadUnsafe(ref from, (nuint)i), out var low, out var high);
                    (low + Vector.LoadUnsafe(ref to, (nuint)i)).StoreUnsafe(ref to, (nuint)i);
                    (high + Vector.LoadUnsafe(ref to, (nuint)(i + Vector<uint>.Count))).StoreUnsafe(ref to, (nuint)(i + Vector<uint>.Count));
                    total += low + high;
                }
                totals[k] = Vector.Sum(total);
            }
            for (; i < length; i++)
            {
                uint a = Unsafe.Add(ref from, i);
                Unsafe.Add(ref to, i) += a;
                totals[k] += a;
            }
        }
        return totals;
    }

    /// <summary>Every value in 0 .. count - 1 (negative ones, read unsigned, are too large).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool InRange<T>(ReadOnlySpan<T> values, int count)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (count <= 0) return values.IsEmpty;
        var limit = T.CreateSaturating(count - 1);
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<T>.Count)
        {
            var zero = Vector<T>.Zero;
            var top = new Vector<T>(limit);
            var bad = Vector<T>.Zero;
            for (; i <= values.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                var v = new Vector<T>(values[i..]);
                bad |= Vector.GreaterThan(v, top) | Vector.LessThan(v, zero);
            }
            if (bad != Vector<T>.Zero) return false;
        }
        for (; i < values.Length; i++)
        {
            if (values[i] > limit || values[i] < T.Zero) return false;
        }
        return true;
    }

    private static ArgumentException OutOfRange(int record, ReadOnlySpan<int> unit, ReadOnlySpan<byte> type, ReadOnlySpan<short> month) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Record {record} (unit {unit[record]}, crime type {type[record]}, month {month[record]}) is outside the counts."));

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
