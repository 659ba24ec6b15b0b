using Csp.Core.Geometry;

namespace Csp.Core.Tests.Geometry;

public sealed class BritishNationalGridTests
{
    [Fact]
    public void The_Ordnance_Survey_worked_example_lands_within_the_Helmert_accuracy()
    {
        // OS "A guide to coordinate systems in Great Britain", Caister water tower: ETRS89 (= WGS84 to a metre)
        // 52°39'28.8282"N 1°42'57.7896"E is E 651409.903, N 313177.270 on the National Grid (OSTN15).
        // The seven-parameter Helmert shift is good to about 5 m.
        var p = BritishNationalGrid.FromWgs84(1 + 42 / 60.0 + 57.7896 / 3600, 52 + 39 / 60.0 + 28.8282 / 3600);

        Assert.InRange(p.X, 651409.903 - 10, 651409.903 + 10);
        Assert.InRange(p.Y, 313177.270 - 10, 313177.270 + 10);
    }

    [Fact]
    public void There_and_back_returns_the_same_place()
    {
        var p = BritishNationalGrid.FromWgs84(0.368, 51.441);
        var (lon, lat) = BritishNationalGrid.ToWgs84(p);

        Assert.Equal(0.368, lon, 1e-7);
        Assert.Equal(51.441, lat, 1e-7);
    }
}
