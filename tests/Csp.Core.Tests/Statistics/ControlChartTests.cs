using Csp.Core.Statistics;

namespace Csp.Core.Tests.Statistics;

public sealed class ControlChartTests
{
    [Fact]
    public void A_month_beyond_three_sigma_of_the_mean_stands_out()
    {
        // Mean of the 12 months = (11 x 100 + 160) / 12 = 105; limits 105 ± 3 x √105 = 74.3 .. 135.7.
        var months = Enumerable.Repeat(100L, 11).Append(160).ToList();

        var (centre, lower, upper, outside) = ControlChart.Assess(months);

        Assert.Equal(105, centre, 1e-9);
        Assert.Equal(105 - 3 * Math.Sqrt(105), lower, 1e-9);
        Assert.Equal(105 + 3 * Math.Sqrt(105), upper, 1e-9);
        Assert.Equal([11], outside);
    }

    [Fact]
    public void A_steady_series_has_no_month_that_stands_out() =>
        Assert.Empty(ControlChart.Assess([98, 102, 95, 105, 100, 99]).Outside);
}
