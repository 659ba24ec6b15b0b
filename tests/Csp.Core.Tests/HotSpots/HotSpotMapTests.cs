using Csp.Core.Geometry;
using Csp.Core.HotSpots;

namespace Csp.Core.Tests.HotSpots;

public sealed class HotSpotMapTests
{
    // A 7 x 7 grid of 100 m cells. Five incidents in each of the eight cells around the centre (3, 3) and none in the centre,
    // one incident in each corner cell: the centre's 3 x 3 neighbourhood holds 40 of 44, so Gi* calls it hot through its
    // neighbours alone.
    private static readonly SquareGrid Grid = new(new Extent(0, 0, 700, 700), 100);

    private static (PlanarPoint[] Points, IncidentPlace[] Places) Ring()
    {
        var points = new List<PlanarPoint>();
        var places = new List<IncidentPlace>();
        for (var c = 2; c <= 4; c++)
        {
            for (var r = 2; r <= 4; r++)
            {
                if (c == 3 && r == 3) continue;
                for (var k = 0; k < 5; k++)
                {
                    points.Add(new PlanarPoint(c * 100 + 50, r * 100 + 50));
                    places.Add(new IncidentPlace($"On or near Street {c}{r}", "Riverside"));
                }
            }
        }
        foreach (var (c, r) in new[] { (0, 0), (6, 0), (0, 6), (6, 6) })
        {
            points.Add(new PlanarPoint(c * 100 + 50, r * 100 + 50));
            places.Add(new IncidentPlace("On or near Corner Lane", "Edge"));
        }
        return (points.ToArray(), places.ToArray());
    }

    private static HotSpotMap Build(KernelDensityOptions? density = null)
    {
        var (points, places) = Ring();
        return HotSpotMap.Build(Grid, points, [], density ?? new KernelDensityOptions(), new GiStarOptions(), places);
    }

    private static HotSpotCell Cell(HotSpotMap map, int column, int row) => map.Cells.Single(c => c.Column == column && c.Row == row);

    [Fact]
    public void A_cell_with_no_incident_that_is_hot_through_its_neighbours_is_labelled_so()
    {
        var map = Build();
        var centre = Cell(map, 3, 3);
        Assert.True(centre.Class > HotSpotClass.NotSignificant, $"the centre should be hot (z = {centre.GiZ})");
        Assert.Equal(0, centre.Count);
        Assert.True(centre.NeighboursOnly);
        Assert.StartsWith("hot spot (neighbours only), ", centre.Label, StringComparison.Ordinal);

        var busy = Cell(map, 2, 3);
        Assert.True(busy.Class > HotSpotClass.NotSignificant);
        Assert.False(busy.NeighboursOnly);
        Assert.StartsWith("hot spot, ", busy.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_hot_spot_is_named_by_the_street_and_ward_of_the_incident_nearest_its_centre()
    {
        var map = Build();
        // (2, 3)'s own incidents are at its centre; the centre cell (3, 3) is 100 m from four cells' incidents and the
        // first of those in the list, (2, 3), is taken (ties go to the first incident given).
        Assert.Equal(new IncidentPlace("On or near Street 23", "Riverside"), Cell(map, 2, 3).Place);
        Assert.Equal(new IncidentPlace("On or near Street 23", "Riverside"), Cell(map, 3, 3).Place);
        // Cells that are not hot spots are not named: the names are for tasking.
        Assert.Null(Cell(map, 0, 0).Place);
    }

    [Fact]
    public void Without_a_bandwidth_the_map_takes_the_tasking_rule_and_says_so()
    {
        var map = Build();
        var (points, _) = Ring();
        Assert.Equal(BandwidthRule.NearestNeighbour(points), map.Bandwidth, 6);
        Assert.StartsWith("median distance to the 5th nearest incident location", map.BandwidthChoice, StringComparison.Ordinal);

        var given = Build(new KernelDensityOptions { Bandwidth = 300 });
        Assert.Equal(300, given.Bandwidth);
        Assert.Equal("given", given.BandwidthChoice);
    }
}
