using Csp.Core.Geometry;
using Csp.Core.HotSpots;

namespace Csp.Core.Tests.HotSpots;

public class GridCountsTests
{
    private static readonly SquareGrid Grid = new(new Extent(0, 0, 300, 200), 100); // 3 columns x 2 rows

    [Fact]
    public void Points_are_counted_in_the_cell_whose_south_west_corner_they_reach()
    {
        PlanarPoint[] points = [new(0, 0), new(99.9, 99.9), new(100, 0), new(250, 150), new(299, 101)];

        var counts = GridCounts.Count(Grid, points);

        Assert.Equal([2, 1, 0, 0, 0, 2], counts.Counts);
        Assert.Equal(2, counts[2, 1]);
        Assert.Equal(0, counts.Outside);
    }

    [Fact]
    public void Points_on_the_east_and_north_edges_of_the_area_belong_to_the_last_cells()
    {
        var counts = GridCounts.Count(Grid, [new PlanarPoint(300, 200), new PlanarPoint(300, 0)]);

        Assert.Equal(1, counts[2, 1]);
        Assert.Equal(1, counts[2, 0]);
    }

    [Fact]
    public void A_far_stray_point_is_counted_outside_and_does_not_grow_the_grid()
    {
        PlanarPoint[] points = [new(50, 50), new(5_000_000, -3_000_000), new(double.NaN, 10)];

        var counts = GridCounts.Count(Grid, points);

        Assert.Equal(6, counts.Grid.CellCount);
        Assert.Equal(2, counts.Outside);
        Assert.Equal(1, counts.Inside);
    }

    [Fact]
    public void The_grid_covers_the_area_with_whole_cells_overhanging_east_and_north()
    {
        var grid = new SquareGrid(new Extent(1000, 2000, 1250, 2101), 100);

        Assert.Equal((3, 2), (grid.Columns, grid.Rows));
        Assert.Equal(new PlanarPoint(1250, 2150), grid.Centre(5));
    }

    [Fact]
    public void A_cell_size_that_would_need_too_many_cells_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SquareGrid(new Extent(0, 0, 100_000, 100_000), 1));
    }
}
