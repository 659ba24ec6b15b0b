using Csp.Core.Significance;

namespace Csp.Core.HotSpots;

/// <summary>
/// p-values, corrected p-values and classes for grid z-scores that take few distinct values, as crime counts give:
/// a cell's z depends only on its local sum and the size of its block, so a million cells hold a few thousand
/// distinct z-scores at most (most cells are empty). Each distinct z gets one normal p-value, one corrected value
/// and one class, and the cells copy them; Benjamini-Hochberg sorts the distinct p-values with their counts instead
/// of every cell's. The results equal the cell-by-cell ones exactly: tied p-values share the rank of the last of them
/// in <see cref="MultipleTesting.BenjaminiHochberg"/>, which is what counting them gives.
/// </summary>
internal static class GiStarSignificance
{
    /// <summary>Beyond this many distinct z-scores the cell-by-cell path (a full sort) is used instead.</summary>
    private const int MaxDistinct = 1 << 16;

    /// <summary>An empty slot: a NaN with a payload no z-score has (z-scores of finite values are finite).</summary>
    private const long Empty = unchecked((long)0xFFF8_DEAD_BEEF_0001UL);

    /// <summary>The result, or null when the z-scores take too many distinct values for this to pay.</summary>
    public static GiStarResult? FromDistinctZScores(double[] z, GiStarOptions options)
    {
        var table = new DistinctTable(1024);
        var previous = Empty;
        var slot = -1;
        foreach (var value in z)
        {
            var bits = BitConverter.DoubleToInt64Bits(value);
            if (bits != previous)
            {
                slot = table.SlotOf(bits);
                if (table.Count > MaxDistinct) return null;
                previous = bits;
            }
            table.Counts[slot]++;
        }

        // One p-value, corrected p-value and class per distinct z.
        var distinct = table.Count;
        var slots = new int[distinct];
        var pOfDistinct = new double[distinct];
        var d = 0;
        for (var s = 0; s < table.Keys.Length; s++)
        {
            if (table.Keys[s] == Empty) continue;
            slots[d] = s;
            pOfDistinct[d++] = StandardNormal.TwoSidedPValue(BitConverter.Int64BitsToDouble(table.Keys[s]));
        }
        var adjustedOfDistinct = Adjust(pOfDistinct, slots, table.Counts, z.Length, options.Correction);
        var pOfSlot = new double[table.Keys.Length];
        var adjustedOfSlot = new double[table.Keys.Length];
        var classOfSlot = new HotSpotClass[table.Keys.Length];
        for (var i = 0; i < distinct; i++)
        {
            var s = slots[i];
            pOfSlot[s] = pOfDistinct[i];
            adjustedOfSlot[s] = adjustedOfDistinct[i];
            classOfSlot[s] = HotSpotClassExtensions.Classify(BitConverter.Int64BitsToDouble(table.Keys[s]), adjustedOfDistinct[i]);
        }

        var n = z.Length;
        var p = GC.AllocateUninitializedArray<double>(n);
        var adjusted = options.Correction == PValueCorrection.None ? p : GC.AllocateUninitializedArray<double>(n);
        var classes = GC.AllocateUninitializedArray<HotSpotClass>(n);
        previous = Empty;
        for (var i = 0; i < n; i++)
        {
            var bits = BitConverter.DoubleToInt64Bits(z[i]);
            if (bits != previous)
            {
                slot = table.Find(bits);
                previous = bits;
            }
            p[i] = pOfSlot[slot];
            adjusted[i] = adjustedOfSlot[slot];
            classes[i] = classOfSlot[slot];
        }
        return new GiStarResult(z, p, null, adjusted, classes, options.Correction);
    }

    /// <summary>The corrected p-value of each distinct value, as the cell-by-cell correction gives every cell holding it.</summary>
    private static double[] Adjust(double[] pOfDistinct, int[] slots, int[] countOfSlot, int m, PValueCorrection correction)
    {
        var distinct = pOfDistinct.Length;
        var adjusted = new double[distinct];
        switch (correction)
        {
            case PValueCorrection.None:
                pOfDistinct.CopyTo(adjusted, 0);
                return adjusted;
            case PValueCorrection.Bonferroni:
                for (var i = 0; i < distinct; i++) adjusted[i] = Math.Min(1.0, pOfDistinct[i] * m);
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
        var keys = (double[])pOfDistinct.Clone();
        Array.Sort(keys, order);
        var rankOfLast = new long[distinct];
        long cells = 0;
        for (var i = 0; i < distinct;)
        {
            var j = i;
            while (j < distinct && keys[j] == keys[i]) cells += countOfSlot[slots[order[j++]]];
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

    /// <summary>Open addressing on the z-score's bits, linear probing, at most half full.</summary>
    private sealed class DistinctTable
    {
        public DistinctTable(int capacity)
        {
            Keys = new long[capacity];
            Array.Fill(Keys, Empty);
            Counts = new int[capacity];
        }

        public long[] Keys { get; private set; }

        public int[] Counts { get; private set; }

        public int Count { get; private set; }

        /// <summary>The slot holding the key, added if new.</summary>
        public int SlotOf(long key)
        {
            var s = Find(key);
            if (Keys[s] == key) return s;
            if (2 * (Count + 1) > Keys.Length)
            {
                Grow();
                s = Find(key);
            }
            Keys[s] = key;
            Count++;
            return s;
        }

        /// <summary>The slot holding the key, or the empty slot where it would go.</summary>
        public int Find(long key)
        {
            var mask = Keys.Length - 1;
            var s = (int)((ulong)(key * unchecked((long)0x9E37_79B9_7F4A_7C15UL)) >> 40) & mask;
            var keys = Keys;
            while (keys[s] != key && keys[s] != Empty) s = (s + 1) & mask;
            return s;
        }

        private void Grow()
        {
            var oldKeys = Keys;
            var oldCounts = Counts;
            Keys = new long[oldKeys.Length * 2];
            Array.Fill(Keys, Empty);
            Counts = new int[Keys.Length];
            for (var i = 0; i < oldKeys.Length; i++)
            {
                if (oldKeys[i] == Empty) continue;
                var s = Find(oldKeys[i]);
                Keys[s] = oldKeys[i];
                Counts[s] = oldCounts[i];
            }
        }
    }
}
