using Csp.Core.Consultation;
using Csp.Core.Population;

namespace Csp.Core.Tests.Consultation;

public sealed class PopulationMarginsTests
{
    private static PopulationEstimate E(string area, string age, long persons) => new(area, null, 2022, "ONS mid-year estimate", age, persons);

    private static readonly PopulationEstimate[] Estimates =
    [
        E("A", "all", 1000), E("A", "15", 10), E("A", "16", 20), E("A", "17", 30), E("A", "64", 40), E("A", "65", 50), E("A", "90+", 60),
        E("B", "16", 5), E("C", "16", 999),
    ];

    [Fact]
    public void Bands_include_both_ends_and_the_top_band_takes_90_and_over()
    {
        var bands = PopulationMargins.AgeBands(Estimates, ["A", "B"], [new AgeBandDefinition("16-17", 16, 17), new AgeBandDefinition("18-64", 18, 64), new AgeBandDefinition("65+", 65, null)]);

        // 16-17: 20 + 30 + 5 (area B); 18-64: 40; 65+: 50 + 60. The all-ages row and area C are not counted.
        Assert.Equal([("16-17", 55.0), ("18-64", 40), ("65+", 110)], bands.Select(b => (b.Group, b.Residents)));
    }

    [Fact]
    public void Residents_aged_at_least_an_age_exclude_younger_ones_and_the_all_ages_row()
    {
        Assert.Equal(205, PopulationMargins.AgedAtLeast(Estimates, ["A", "B"], 16));
    }
}
