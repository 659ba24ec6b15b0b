using Csp.Core.Assessment;
using Csp.Core.Periods;

namespace Csp.Core.Tests.Assessment;

public class CrimeCountsTests
{
    [Fact]
    public void Aggregating_records_counts_each_unit_type_and_month()
    {
        // Two LSOAs, two types, two months: LSOA 0 has two burglaries in the first month and one robbery in the
        // second; LSOA 1 one burglary in the second month.
        int[] unit = [0, 0, 0, 1];
        byte[] type = [0, 0, 1, 0];
        short[] month = [0, 0, 1, 1];

        var counts = CrimeCounts.Aggregate(["E01000001", "E01000002"], ["Burglary", "Robbery"], new YearMonth(2022, 1), 2, unit, type, month);

        Assert.Equal(2, counts[0, 0, 0]);
        Assert.Equal(0, counts[0, 0, 1]);
        Assert.Equal(1, counts[0, 1, 1]);
        Assert.Equal(1, counts[1, 0, 1]);
        Assert.Equal(0, counts[1, 1, 0]);
    }

    [Fact]
    public void Counting_again_into_the_same_array_starts_from_zero_and_equals_a_count_by_hand()
    {
        // 10,007 records: more than two blocks of 4,096, the last one short.
        var random = new Random(7);
        const int Units = 50, Types = 14, Months = 4, Records = 10_007;
        var unit = Enumerable.Range(0, Records).Select(_ => random.Next(Units)).ToArray();
        var type = Enumerable.Range(0, Records).Select(_ => (byte)random.Next(Types)).ToArray();
        var month = Enumerable.Range(0, Records).Select(_ => (short)random.Next(Months)).ToArray();
        var expected = new int[Units * Types * Months];
        for (var i = 0; i < Records; i++) expected[(unit[i] * Types + type[i]) * Months + month[i]]++;
        var counts = new int[expected.Length];

        CrimeCounts.CountInto(counts, Units, Types, Months, unit, type, month);
        CrimeCounts.CountInto(counts, Units, Types, Months, unit, type, month);

        Assert.Equal(expected, counts);
    }

    [Fact]
    public void Many_records_counted_on_every_core_equal_a_straightforward_count()
    {
        // 1,000,003 records into 300 x 14 x 4 counts: enough for one share per core (the last share short), each
        // counted into its own array and added up; unit, type and month drawn unevenly so some cells get many.
        var random = new Random(11);
        const int Units = 300, Types = 14, Months = 4, Records = 1_000_003;
        var unit = Enumerable.Range(0, Records).Select(_ => random.Next(random.Next(2) == 0 ? 10 : Units)).ToArray();
        var type = Enumerable.Range(0, Records).Select(_ => (byte)random.Next(Types)).ToArray();
        var month = Enumerable.Range(0, Records).Select(_ => (short)random.Next(Months)).ToArray();
        var expected = new int[Units * Types * Months];
        for (var i = 0; i < Records; i++) expected[(unit[i] * Types + type[i]) * Months + month[i]]++;
        var counts = new int[expected.Length];
        Array.Fill(counts, 99);

        CrimeCounts.CountInto(counts, Units, Types, Months, unit, type, month);

        Assert.Equal(Math.Min(Environment.ProcessorCount, 15), CrimeCounts.ThreadsFor(Records, counts.Length));
        Assert.Equal(expected, counts);
        // Counted again, from a slice: the same.
        CrimeCounts.CountInto(counts, Units, Types, Months, unit.AsMemory(0, Records - 3), type.AsMemory(0, Records - 3), month.AsMemory(0, Records - 3));
        for (var i = Records - 3; i < Records; i++) expected[(unit[i] * Types + type[i]) * Months + month[i]]--;
        Assert.Equal(expected, counts);
    }

    [Fact]
    public void A_cell_counted_past_65535_in_each_share_keeps_every_record()
    {
        // 400,000 records into 3 x 2 x 4 counts: every core's share (each counted into 16-bit counts) passes 65,535 in
        // cell (1, 1, 2) at least once (two shares: 200,000 each, three wraps apiece), and a few records land elsewhere:
        // the totals show it, and the records are counted again in ints.
        const int Records = 400_000;
        var unit = Enumerable.Repeat(1, Records).ToArray();
        var type = Enumerable.Repeat((byte)1, Records).ToArray();
        var month = Enumerable.Repeat((short)2, Records).ToArray();
        (unit[7], type[7], month[7]) = (0, 0, 0);
        (unit[Records - 1], type[Records - 1], month[Records - 1]) = (2, 1, 3);
        var counts = new int[3 * 2 * 4];

        CrimeCounts.CountInto(counts, 3, 2, 4, unit, type, month);

        Assert.Equal(Records - 2, counts[(1 * 2 + 1) * 4 + 2]);
        Assert.Equal(1, counts[0]);
        Assert.Equal(1, counts[(2 * 2 + 1) * 4 + 3]);
        Assert.Equal(Records, counts.Sum());
    }

    [Fact]
    public void A_record_outside_the_counts_in_a_later_share_is_refused_with_its_position()
    {
        var unit = new int[400_000];
        var type = new byte[400_000];
        var month = new short[400_000];
        month[300_000] = 4;
        month[399_999] = 9;

        var error = Assert.Throws<ArgumentException>(() => CrimeCounts.CountInto(new int[3 * 2 * 4], 3, 2, 4, unit, type, month));

        Assert.Contains("Record 300000 (unit 0, crime type 0, month 4)", error.Message);
    }

    [Theory]
    [InlineData(5000, 1, 0)]   // unit beyond the last
    [InlineData(-1, 0, 0)]     // negative unit
    [InlineData(0, 2, 0)]      // type beyond the last
    [InlineData(0, 0, 4)]      // month beyond the last
    [InlineData(0, 0, -1)]     // negative month
    public void A_record_outside_the_counts_is_refused_with_its_position(int badUnit, int badType, int badMonth)
    {
        var unit = new int[9000];
        var type = new byte[9000];
        var month = new short[9000];
        (unit[8500], type[8500], month[8500]) = (badUnit, (byte)badType, (short)badMonth);

        var error = Assert.Throws<ArgumentException>(() => CrimeCounts.CountInto(new int[3 * 2 * 4], 3, 2, 4, unit, type, month));

        Assert.Contains("Record 8500", error.Message);
    }
}
