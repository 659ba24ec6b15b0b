using Csp.Core.Geometry;
using Csp.Core.HotSpots;

namespace Csp.Core.Tests.HotSpots;

public sealed class BandwidthRuleTests
{
    private static PlanarPoint[] Line(double spacing, int n) => Enumerable.Range(0, n).Select(i => new PlanarPoint(i * spacing, 0)).ToArray();

    [Fact]
    public void The_tasking_bandwidth_is_the_median_distance_to_the_fifth_nearest_incident_location()
    {
        // Seven places 100 m apart on a line. Fifth-nearest other place: from the ends 500 m, from the next 400 m (100, 100,
        // 200, 300, 400), and 300 m from the middle three (100, 100, 200, 200, 300): 300, 300, 300, 400, 400, 500, 500,
        // whose median (the fourth) is 400 m.
        Assert.Equal(400, BandwidthRule.NearestNeighbour(Line(100, 7)), 6);
    }

    [Fact]
    public void Incidents_at_the_same_snap_point_count_as_one_place()
    {
        // police.uk moves every incident to one of a set of anonymous points: ten burglaries at one point are one place.
        var points = Line(100, 7).Concat(Enumerable.Repeat(new PlanarPoint(300, 0), 10)).ToArray();
        Assert.Equal(400, BandwidthRule.NearestNeighbour(points), 6);
    }

    [Fact]
    public void The_tasking_bandwidth_is_kept_between_200_and_800_metres()
    {
        Assert.Equal(BandwidthRule.MinimumTaskingBandwidth, BandwidthRule.NearestNeighbour(Line(10, 7)));
        Assert.Equal(BandwidthRule.MaximumTaskingBandwidth, BandwidthRule.NearestNeighbour(Line(1000, 7)));
        Assert.Equal(200, BandwidthRule.MinimumTaskingBandwidth);
        Assert.Equal(800, BandwidthRule.MaximumTaskingBandwidth);
    }

    [Fact]
    public void Fewer_than_six_places_take_the_farthest_neighbour_there_is()
    {
        // Three places 100 m apart: the farthest other place is 200 m from either end and 100 m from the middle: median 200 m.
        Assert.Equal(200, BandwidthRule.NearestNeighbour(Line(100, 3)), 6);
    }
}
