using Csp.Core.Significance;

namespace Csp.Core.Tests.Significance;

public class StandardNormalTests
{
    [Theory]
    // R 4.2.2: sprintf("%.17g", 2 * pnorm(-abs(z)))
    [InlineData(0.0, 1.0)]
    [InlineData(0.3, 0.76417715562209465)]
    [InlineData(1.0, 0.31731050786291409)]
    [InlineData(1.6448536269514722, 0.10000000000000009)]
    [InlineData(1.959963984540054, 0.050000000000000024)]
    [InlineData(2.5758293035489004, 0.010000000000000007)]
    [InlineData(-4.5, 6.7953462494601197e-06)]
    [InlineData(7.0, 2.5596250877716703e-12)]
    [InlineData(12.0, 3.5529642241553581e-33)]
    public void Two_sided_p_values_equal_R_pnorm(double z, double p)
    {
        Assert.Equal(p, StandardNormal.TwoSidedPValue(z), p * 1e-13);
    }

    [Fact]
    public void The_cdf_is_symmetric_about_zero()
    {
        Assert.Equal(0.5, StandardNormal.Cdf(0));
        Assert.Equal(1.0, StandardNormal.Cdf(1.3) + StandardNormal.Cdf(-1.3), 15);
        Assert.Equal(StandardNormal.UpperTail(2.2), StandardNormal.Cdf(-2.2), 15);
    }
}
