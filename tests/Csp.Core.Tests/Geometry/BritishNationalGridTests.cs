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
    public void The_projection_reproduces_the_Ordnance_Survey_worked_example_to_the_millimetre()
    {
        // OS "A guide to coordinate systems in Great Britain", Annex C, the worked example of the Transverse Mercator
        // projection: OSGB36 52°39'27.2531"N 1°43'4.5177"E is E 651409.903, N 313177.270 (and back, C.2).
        var lat = 52 + 39 / 60.0 + 27.2531 / 3600;
        var lon = 1 + 43 / 60.0 + 4.5177 / 3600;

        var p = BritishNationalGrid.ToGrid(lon, lat);
        Assert.Equal(651409.903, p.X, 0.001);
        Assert.Equal(313177.270, p.Y, 0.001);

        var (backLon, backLat) = BritishNationalGrid.FromGrid(new PlanarPoint(651409.903, 313177.270));
        Assert.Equal(lon, backLon, 0.0001 / 3600);
        Assert.Equal(lat, backLat, 0.0001 / 3600);
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
