using Csp.Core.Statistics;

namespace Csp.Core.Tests.Statistics;

public sealed class PoissonRateComparisonTests
{
    // Expected p-values from R 4.2 (Debian r-base-core): poisson.test(c(x1, x2), c(t1, t2))$p.value, printed to 15 digits.
    [Theory]
    [InlineData(601, 1, 549, 1, 0.132569666006285)]
    [InlineData(10, 1, 20, 1, 0.0987371467053889)]
    [InlineData(1234, 12, 1100, 12, 0.00589409308524771)]
    [InlineData(50, 712920, 30, 641820, 0.0925375205435011)]
    [InlineData(0, 1, 5, 2, 0.176954732510288)]
    [InlineData(20500, 1283640, 19800, 1272000, 0.010157351450997)]
    [InlineData(3, 1, 0, 1, 0.25)]
    public void The_p_value_equals_R_poisson_test(long x1, double t1, long x2, double t2, double expected)
    {
        var p = PoissonRateComparison.PValue(x1, t1, x2, t2);

        Assert.Equal(expected, p, expected * 1e-9);
    }

    [Fact]
    public void Two_zero_counts_are_no_evidence_of_change() => Assert.Equal(1.0, PoissonRateComparison.PValue(0, 1, 0, 1));

    [Fact]
    public void A_large_fall_is_significant_and_a_small_one_is_normal_variation()
    {
        Assert.True(PoissonRateComparison.IsSignificant(6643, 9, 8401, 9));
        Assert.False(PoissonRateComparison.IsSignificant(1048, 9, 1071, 9));
    }

    [Fact]
    public void Huge_counts_do_not_overflow()
    {
        var p = PoissonRateComparison.PValue(2_000_000, 1, 1_000_000, 1);

        Assert.Equal(0.0, p, 1e-300);
    }

    [Fact]
    public void Log_factorial_is_exact_for_small_numbers_and_continuous_past_the_table()
    {
        Assert.Equal(Math.Log(3628800), PoissonRateComparison.LogFactorial(10), 1e-12);
        // ln(300!) by summing logs.
        var sum = 0.0;
        for (var i = 2; i <= 300; i++) sum += Math.Log(i);
        Assert.Equal(sum, PoissonRateComparison.LogFactorial(300), 1e-9);
    }
}
