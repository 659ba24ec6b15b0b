using Csp.Core.Statistics;

namespace Csp.Core.Tests.Statistics;

public sealed class PoissonTailTests
{
    // Expected values summed by hand in Python: sum(exp(-m + j log m - lgamma(j + 1))) over the tail, or 1 - the terms below k.
    [Theory]
    [InlineData(3, 0.5, 0.014387677966970713)]
    [InlineData(10, 3.2, 0.0017618878681846279)]
    [InlineData(3, 0.038461538461538464, 9.213254159435381e-06)]
    [InlineData(29, 20.0, 0.034333521894009955)]
    [InlineData(40, 2.0, 1.9171583415943137e-37)]
    [InlineData(5, 1.0, 0.00365984682734366)]
    public void At_least_k_matches_the_sum_of_the_poisson_terms(long k, double mean, double expected)
    {
        Assert.Equal(expected, PoissonTail.AtLeast(k, mean), expected * 1e-9);
    }

    [Fact]
    public void Zero_or_fewer_is_certain_and_nothing_expected_makes_any_count_impossible()
    {
        Assert.Equal(1.0, PoissonTail.AtLeast(0, 2.5));
        Assert.Equal(0.0, PoissonTail.AtLeast(1, 0.0));
    }

    [Fact]
    public void The_threshold_is_the_first_count_rarer_than_alpha_and_never_below_the_minimum()
    {
        // mean 0.2019 (10.5 incidents a year over 7 days): P(X >= 3) = 0.00115, P(X >= 4) = 5.9e-5.
        Assert.Equal(4, PoissonTail.Threshold(10.5 / 364 * 7, 0.001, minimum: 3));
        Assert.Equal(6, PoissonTail.Threshold(10.5 / 364 * 28, 0.001, minimum: 3));
        // A tiny mean: one incident is already rarer than alpha, but the minimum holds the threshold at 3.
        Assert.Equal(3, PoissonTail.Threshold(0.0001, 0.001, minimum: 3));
    }
}
