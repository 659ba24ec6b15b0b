using Csp.Core.Statistics;

namespace Csp.Core.Tests.Statistics;

public sealed class IncompleteGammaTests
{
    // scipy.special.gammaincc(a, x) and gammainc(a, x), scipy 1.10.1.
    [Theory]
    [InlineData(0.5, 0.1, 0.6547208460185768, 0.34527915398142317)]
    [InlineData(1, 1, 0.36787944117144245, 0.6321205588285577)]
    [InlineData(2.5, 3, 0.30621891841327875, 0.6937810815867212)]
    [InlineData(3, 10, 0.0027693957155115775, 0.9972306042844884)]
    [InlineData(10, 2, 0.9999535019249828, 4.649807501726386e-05)]
    [InlineData(50, 60, 0.08440668109369177, 0.9155933189063082)]
    public void Upper_and_lower_match_scipy(double a, double x, double upper, double lower)
    {
        Assert.Equal(upper, IncompleteGamma.Upper(a, x), 1e-13);
        Assert.Equal(lower, IncompleteGamma.Lower(a, x), 1e-13);
    }

    [Theory]
    [InlineData(1.5, 40, 3.0692774861724164e-17)]
    [InlineData(0.5, 30, 9.485737571073857e-15)]
    public void The_upper_tail_keeps_its_digits_far_out(double a, double x, double upper)
    {
        Assert.Equal(1, IncompleteGamma.Upper(a, x) / upper, 1e-10);
    }

    // scipy.special.gammaln
    [Theory]
    [InlineData(0.5, 0.5723649429247)]
    [InlineData(1, 0.0)]
    [InlineData(1.5, -0.12078223763524526)]
    [InlineData(2.5, 0.2846828704729192)]
    [InlineData(10, 12.801827480081469)]
    [InlineData(100.5, 361.43554046777757)]
    public void Log_gamma_matches_scipy(double x, double expected)
    {
        Assert.Equal(expected, IncompleteGamma.LogGamma(x), 1e-12);
    }
}
