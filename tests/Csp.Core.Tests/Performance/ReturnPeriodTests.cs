using Csp.Core.Performance;

namespace Csp.Core.Tests.Performance;

public sealed class ReturnPeriodTests
{
    [Theory]
    [InlineData(2008, 7, 1, 2009, 6, 30, "Jul 08 - Jun 09", "July 2008-June 2009")]
    [InlineData(2011, 4, 1, 2011, 6, 30, "Apr-Jun 11", "April-June 2011")]
    [InlineData(2025, 3, 1, 2025, 3, 31, "Mar 25", "March 2025")]
    [InlineData(2024, 1, 1, 2024, 12, 31, "2024", "January-December 2024")]
    [InlineData(2025, 4, 3, 2025, 4, 9, "03/04/2025 - 09/04/2025", "03/04/2025 - 09/04/2025")]
    public void Labels_periods_as_the_seeds_do(int y1, int m1, int d1, int y2, int m2, int d2, string label, string longLabel)
    {
        var period = new ReturnPeriod(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2));

        Assert.Equal((label, longLabel), (period.Label(), period.LongLabel()));
    }

    [Fact]
    public void Contains_and_overlaps_count_both_ends()
    {
        var quarter = new ReturnPeriod(new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30));

        Assert.True(quarter.Contains(new ReturnPeriod(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30))));
        Assert.False(quarter.Contains(new ReturnPeriod(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1))));
        Assert.True(quarter.Overlaps(new ReturnPeriod(new DateOnly(2025, 6, 30), new DateOnly(2025, 7, 31))));
        Assert.False(quarter.Overlaps(new ReturnPeriod(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 31))));
        Assert.Equal(new ReturnPeriod(new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30)), quarter.ShiftMonths(-12));
        Assert.Throws<ArgumentException>(() => new ReturnPeriod(new DateOnly(2025, 5, 1), new DateOnly(2025, 4, 30)));
    }
}
