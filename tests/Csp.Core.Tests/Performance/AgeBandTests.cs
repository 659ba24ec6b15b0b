using Csp.Core.Performance;
using Csp.Core.Population;

namespace Csp.Core.Tests.Performance;

public sealed class AgeBandTests
{
    private static IEnumerable<PopulationEstimate> Ages(Func<int, long> persons) =>
        Enumerable.Range(0, 90).Select(a => new PopulationEstimate("E07000107", "Dartford", 2022, "ONS mid-year estimate", a.ToString(System.Globalization.CultureInfo.InvariantCulture), persons(a)))
            .Append(new PopulationEstimate("E07000107", "Dartford", 2022, "ONS mid-year estimate", "90+", 700))
            .Append(new PopulationEstimate("E07000107", "Dartford", 2022, "ONS mid-year estimate", PopulationEstimate.AllAges, 999_999));

    [Theory]
    [InlineData("10-17", 10, 17)]
    [InlineData("18+", 18, null)]
    [InlineData("16", 16, 16)]
    public void Reads_bands_as_written(string text, int from, int? to)
    {
        Assert.True(AgeBand.TryParse(text, out var band));
        Assert.Equal(new AgeBand(from, to), band);
        Assert.Equal(text, band.ToString());
        Assert.False(AgeBand.TryParse("17-10", out _));
    }

    [Fact]
    public void The_residents_of_a_band_are_the_sum_of_its_single_years()
    {
        // Age a has 1,000 + a residents: ages 10-17 hold 8 x 1,000 + (10 + ... + 17 = 108) = 8,108.
        var ages = Ages(a => 1000 + a).ToList();

        Assert.Equal(8_108, new AgeBand(10, 17).Persons(ages));
        // 85-89 (5,435) and 90+ (700).
        Assert.Equal(6_135, new AgeBand(85, null).Persons(ages));
        // All ages is the published total, not a sum.
        Assert.Equal(999_999, AgeBand.AllAges.Persons(ages));
    }

    [Fact]
    public void A_band_with_a_missing_year_has_no_population()
    {
        Assert.Null(new AgeBand(10, 17).Persons(Ages(a => 1).Where(e => e.AgeBand != "13")));
    }

    [Fact]
    public void A_rate_is_per_thousand_residents_of_the_band()
    {
        Assert.Equal(2.5m, AgeBand.RatePer1000(28, 11_200));
        Assert.Null(AgeBand.RatePer1000(28, 0));
    }
}
