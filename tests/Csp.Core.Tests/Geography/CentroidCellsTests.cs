using Csp.Core.Areas;
using Csp.Core.Geography;
using Csp.Core.Geometry;

namespace Csp.Core.Tests.Geography;

public sealed class CentroidCellsTests
{
    // A 1 km square district near Gravesham, drawn in WGS84 as published boundaries are.
    private const double East = 564_000, North = 172_000;

    private static AreaBoundary Square()
    {
        LonLat At(double dx, double dy)
        {
            var (lon, lat) = BritishNationalGrid.ToWgs84(new PlanarPoint(East + dx, North + dy));
            return new LonLat(lon, lat);
        }
        return new AreaBoundary("E07000109", "Square", [[At(0, 0), At(1000, 0), At(1000, 1000), At(0, 1000), At(0, 0)]]);
    }

    private static AreaCentroid Centroid(string code, double dx, double dy) => new(code, new PlanarPoint(East + dx, North + dy));

    [Fact]
    public void Four_centroids_at_the_quarter_points_of_a_square_each_get_a_quarter_of_it()
    {
        var cells = CentroidCells.Cells(Square(), [Centroid("A", 250, 250), Centroid("B", 750, 250), Centroid("C", 250, 750), Centroid("D", 750, 750)]);

        Assert.Equal(["A", "B", "C", "D"], cells.Keys.Order(StringComparer.Ordinal));
        // 250,000 square metres each; the WGS84 round trip of the corners moves them by millimetres.
        Assert.All(cells.Values, c => Assert.Equal(250_000, c.Area, 10.0));
        Assert.True(cells["A"].Contains(cells["A"].Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(East + 100, North + 100))));
    }

    [Fact]
    public void Cells_dissolved_by_ward_make_each_ward_the_union_of_its_lsoas()
    {
        var cells = CentroidCells.Cells(Square(), [Centroid("A", 250, 250), Centroid("B", 750, 250), Centroid("C", 250, 750), Centroid("D", 750, 750)]);

        var wards = CentroidCells.Dissolve(cells, lsoa => lsoa is "A" or "B" ? "South" : "North");

        Assert.Equal(500_000, wards["South"].Area, 10.0);
        Assert.Equal(500_000, wards["North"].Area, 10.0);
        Assert.Equal(0, wards["South"].Intersection(wards["North"]).Area, 1.0);
    }

    [Fact]
    public void A_centroid_outside_the_boundary_gets_only_the_part_of_its_cell_inside_and_a_lone_centroid_gets_it_all()
    {
        // The two are 700 m apart, so the cells meet 350 m from each: 150 m inside the square's top edge.
        var cells = CentroidCells.Cells(Square(), [Centroid("In", 500, 500), Centroid("Out", 500, 1200)]);
        Assert.Equal(850_000, cells["In"].Area, 10.0);
        Assert.Equal(150_000, cells["Out"].Area, 10.0);

        var lone = CentroidCells.Cells(Square(), [Centroid("Only", 10, 10)]);
        Assert.Equal(1_000_000, lone["Only"].Area, 10.0);
    }

    [Fact]
    public void An_outline_comes_back_in_wgs84_with_a_ring_per_part_and_is_marked_approximate()
    {
        var cells = CentroidCells.Cells(Square(), [Centroid("A", 250, 500), Centroid("B", 750, 500)]);

        var outline = CentroidCells.ToOutline("E05000001", "West", AreaLevel.Ward, cells["A"], approximate: true);

        Assert.True(outline.Approximate);
        var ring = Assert.Single(outline.Rings);
        // Back on the grid, the ring is the west half of the square (to the 0.1 m that six decimals of a degree keep).
        var grid = ring.Select(p => BritishNationalGrid.FromWgs84(p.Lon, p.Lat)).ToList();
        Assert.Equal(East, grid.Min(p => p.X), 0.15);
        Assert.Equal(East + 500, grid.Max(p => p.X), 0.15);
        Assert.Equal(North + 1000, grid.Max(p => p.Y), 0.15);
    }
}
