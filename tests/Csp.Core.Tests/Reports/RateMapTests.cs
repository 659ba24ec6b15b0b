using Csp.Core.Reports;

namespace Csp.Core.Tests.Reports;

public sealed class RateMapTests
{
    [Fact]
    public void Breaks_are_the_quintiles_rounded_to_two_significant_figures()
    {
        // 1..10: quintiles at 2.8, 4.6, 6.4, 8.2 (linear interpolation between order statistics, as R's type 7).
        Assert.Equal([2.8, 4.6, 6.4, 8.2], RateMap.Breaks([.. Enumerable.Range(1, 10).Select(i => (double)i)]));
        // Three areas: one break, the median (rounded).
        Assert.Equal([58], RateMap.Breaks([38.9, 58.4, 128.4]));
    }

    [Fact]
    public void Repeated_values_give_fewer_classes_not_empty_ones()
    {
        // Quintiles 10, 10, 14, 20: one break (14) separates the 10s from the 20s; 10 and 20 would leave a class empty.
        Assert.Equal([14], RateMap.Breaks([10, 10, 10, 10, 10, 10, 20, 20, 20, 20]));
        Assert.Empty(RateMap.Breaks([7]));
    }
}
