using System.Runtime.CompilerServices;
using Csp.Core.Significance;

namespace Csp.Core.HotSpots;

/// <summary>
/// p-values, corrected p-values and classes for grid z-scores that take few distinct values, as crime counts give:
/// a cell's z depends only on its local sum and the size of its block, so a million cells hold a few thousand
/// distinct z-scores at most (most cells are empty). Each distinct z gets one normal p-value, one corrected value
/// and one class, and each cell a 2-byte index to them; Benjamini-Hochberg sorts the distinct p-values with their
/// counts instead of every cell's. The results equal the cell-by-cell ones exactly: tied p-values share the rank of
/// the last of them in <see cref="MultipleTesting.BenjaminiHochberg"/>, which is what counting them gives.
/// </summary>
internal static class GiStarSignificance
{
    /// <summary>Beyond this many distinct z-scores (the reach of a 2-byte index) the cell-by-cell path is used instead.</summary>
    private const int MaxDistinct = ushort.MaxValue + 1;

    /// <summary>An empty slot: a NaN with a payload no z-score has (z-scores of finite values are finite).</summary>
    private const long Empty = unchecked((long)0xFFF8_DEAD_BEEF_0001UL);

    /// <summary>The result, or null when the z-scores take too many distinct values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static GiStarResult? FromDistinctZScores(double[] z, GiStarOptions options)
    {
        // One pass: each cell's index into the distinct values (numbered as first met), and how many cells hold each.
        // Runs of equal z (empty country) skip the table and are counted once at the end of the run.
        var n = z.Length;
        var table = new DistinctTable(1024);
        var indexOfCell = new CellIndex(n);
        var previous = Empty;
        var index = 0;
        var run = 0;
        var i = 0;
        foreach (var chunk in indexOfCell.Chunks)
        {
            for (var j = 0; j < chunk.Length; j++, i++)
            {
                var bits = BitConverter.DoubleToInt64Bits(z[i]);
                if (bits != previous)
                {
                    if (run > 0) table.CountOf[index] += run;
                    index = table.IndexOf(bits);
                    if (index >= MaxDistinct) return null;
                    previous = bits;
                    run = 0;
                }
                run++;
                chunk[j] = (ushort)index;
            }
        }
        if (run > 0) table.CountOf[index] += run;
        return FromDistinct(z, indexOfCell, table.ValueOf, table.CountOf, options);
    }

    /// <summary>
    /// The result from each cell's index to the distinct z-scores, the distinct values and how many cells hold each;
    /// the z-scores are <paramref name="z"/> when given, else read through the index as well.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static GiStarResult FromDistinct(double[]? z, CellIndex indexOfCell, double[] zOf, int[] countOf, GiStarOptions options)
    {
        var n = indexOfCell.Count;
        var distinct = zOf.Length;
        var pOf = new double[distinct];
        for (var d = 0; d < distinct; d++) pOf[d] = StandardNormal.TwoSidedPValue(zOf[d]);
        var adjustedOf = Adjust(pOf, countOf, n, options.Correction);
        var classOf = new HotSpotClass[distinct];
        for (var d = 0; d < distinct; d++) classOf[d] = HotSpotClassExtensions.Classify(zOf[d], adjustedOf[d]);
        var p = new GiStarResult.ByDistinctZ<double>(indexOfCell, pOf);
        var adjusted = options.Correction == PValueCorrection.None ? p : new GiStarResult.ByDistinctZ<double>(indexOfCell, adjustedOf);
        return new GiStarResult(z ?? (IReadOnlyList<double>)new GiStarResult.ByDistinctZ<double>(indexOfCell, zOf), p, null, adjusted, new GiStarResult.ByDistinctZ<HotSpotClass>(indexOfCell, classOf), options.Correction);
    }

    /// <summary>The corrected p-value of each distinct value, as the cell-by-cell correction gives every cell holding it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Adjust(double[] pOf, int[] countOf, int m, PValueCorrection correction)
    {
        var distinct = pOf.Length;
        var adjusted = new double[distinct];
        switch (correction)
        {
            case PValueCorrection.None:
                pOf.CopyTo(adjusted, 0);
                return adjusted;
            case PValueCorrection.Bonferroni:
                for (var i = 0; i < distinct; i++) adjusted[i] = Math.Min(1.0, pOf[i] * m);
                return adjusted;
            case PValueCorrection.FalseDiscoveryRate:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(correction), correction, "Unknown p-value correction.");
        }

        // Benjamini-Hochberg: a p-value held by several cells (or by a z and its negative) takes, for all of them, the
        // rank of the last of them: the number of cells whose p-value is at most it.
        var order = new int[distinct];
        for (var i = 0; i < distinct; i++) order[i] = i;
        var keys = (double[])pOf.Clone();
        Array.Sort(keys, order);
        var rankOfLast = new long[distinct];
        long cells = 0;
        for (var i = 0; i < distinct;)
        {
            var j = i;
            while (j < distinct && keys[j] == keys[i]) cells += countOf[order[j++]];
            for (var k = i; k < j; k++) rankOfLast[k] = cells;
            i = j;
        }
        var running = 1.0;
        for (var k = distinct - 1; k >= 0; k--)
        {
            // The same arithmetic as MultipleTesting.BenjaminiHochberg: p × m / rank.
            running = Math.Min(running, keys[k] * m / rankOfLast[k]);
            adjusted[order[k]] = running;
        }
        return adjusted;
    }

    /// <summary>
    /// The distinct z-scores numbered as first met, with how many cells hold each: open addressing on the z-score's
    /// bits, linear probing, at most half full.
    /// </summary>
    private sealed class DistinctTable
    {
        private long[] _keys;
        private int[] _indexOfSlot;
        private double[] _valueOf;
        private int[] _countOf;

        public DistinctTable(int capacity)
        {
            _keys = new long[capacity];
            Array.Fill(_keys, Empty);
            _indexOfSlot = new int[capacity];
            _valueOf = new double[capacity / 2];
            _countOf = new int[capacity / 2];
        }

        public int Count { get; private set; }

        /// <summary>The distinct values by index (trimmed to <see cref="Count"/>).</summary>
        public double[] ValueOf => _valueOf.AsSpan(0, Count).ToArray();

        /// <summary>Cells holding each distinct value, by index (may be longer than <see cref="Count"/>).</summary>
        public int[] CountOf => _countOf;

        /// <summary>The index of the value with these bits, numbered next if new.</summary>
        public int IndexOf(long key)
        {
            var s = Find(_keys, key);
            if (_keys[s] == key) return _indexOfSlot[s];
            if (2 * (Count + 1) > _keys.Length)
            {
                Grow();
                s = Find(_keys, key);
            }
            _keys[s] = key;
            _indexOfSlot[s] = Count;
            _valueOf[Count] = BitConverter.Int64BitsToDouble(key);
            return Count++;
        }

        private static int Find(long[] keys, long key)
        {
            var mask = keys.Length - 1;
            var s = (int)((ulong)(key * unchecked((long)0x9E37_79B9_7F4A_7C15UL)) >> 40) & mask;
            while (keys[s] != key && keys[s] != Empty) s = (s + 1) & mask;
            return s;
        }

        private void Grow()
        {
            var oldKeys = _keys;
            var oldIndex = _indexOfSlot;
            _keys = new long[oldKeys.Length * 2];
            Array.Fill(_keys, Empty);
            _indexOfSlot = new int[_keys.Length];
            for (var i = 0; i < oldKeys.Length; i++)
            {
                if (oldKeys[i] == Empty) continue;
                var s = Find(_keys, oldKeys[i]);
                _keys[s] = oldKeys[i];
                _indexOfSlot[s] = oldIndex[i];
            }
            Array.Resize(ref _valueOf, _keys.Length / 2);
            Array.Resize(ref _countOf, _keys.Length / 2);
        }
    }
}
