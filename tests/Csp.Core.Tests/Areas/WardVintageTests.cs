using Csp.Core.Areas;
using Csp.Core.Periods;

namespace Csp.Core.Tests.Areas;

public sealed class WardVintageTests
{
    private static MonthRange Range(string from, string to) => new(YearMonth.Parse(from), YearMonth.Parse(to));

    [Fact]
    public void Each_LSOA_lookup_carries_the_ward_set_its_header_names()
    {
        Assert.Equal(2021, WardVintage.OfLookup(2011)); // LSOA11CD, WD21CD
        Assert.Equal(2024, WardVintage.OfLookup(2021)); // LSOA21CD, WD24CD
    }

    [Fact]
    public void A_period_uses_the_newest_ward_set_dated_in_or_before_the_year_it_ends()
    {
        int[] sets = [2021, 2024];
        Assert.Equal(2021, WardVintage.InForce(sets, Range("2022-01", "2022-09")));
        Assert.Equal(2021, WardVintage.InForce(sets, Range("2023-01", "2023-12")));
        Assert.Equal(2024, WardVintage.InForce(sets, Range("2023-10", "2024-09")));
        Assert.Equal(2024, WardVintage.InForce(sets, Range("2025-01", "2025-09")));
        // Before the oldest set held, the oldest is the nearest there is.
        Assert.Equal(2021, WardVintage.InForce(sets, Range("2019-01", "2019-12")));
        Assert.Null(WardVintage.InForce([], Range("2025-01", "2025-09")));
    }
}
