using Csp.Core.Statistics;

namespace Csp.Core.Tests.Statistics;

public sealed class ChiSquareGoodnessOfFitTests
{
    [Fact]
    public void Equal_shares_match_scipy_chisquare()
    {
        // scipy.stats.chisquare([18, 22, 20, 40], [25, 25, 25, 25]) -> statistic 12.32, p 0.006363629995195269.
        // By hand: (49 + 9 + 25 + 225) / 25 = 12.32 on 3 df.
        var test = ChiSquareGoodnessOfFit.Test([18, 22, 20, 40], [0.25, 0.25, 0.25, 0.25]);

        Assert.Equal(12.32, test.Statistic, 12);
        Assert.Equal(3, test.DegreesOfFreedom);
        Assert.Equal(0.006363629995195269, test.PValue, 14);
        Assert.True(test.Significant);
    }

    [Fact]
    public void Unequal_shares_scale_to_the_observed_total_as_scipy_does()
    {
        // scipy.stats.chisquare([5, 18, 54, 92, 123, 152], f_exp=[.1, .15, .2, .2, .15, .2] * 444)
        // -> statistic 176.92342342342343, p 2.4288831574188808e-36.
        var test = ChiSquareGoodnessOfFit.Test([5, 18, 54, 92, 123, 152], [10, 15, 20, 20, 15, 20]);

        Assert.Equal(176.92342342342343, test.Statistic, 10);
        Assert.Equal(1, test.PValue / 2.4288831574188808e-36, 1e-9);
    }

    [Fact]
    public void A_cell_with_no_expected_share_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ChiSquareGoodnessOfFit.Test([1, 2], [1, 0]));
    }
}
