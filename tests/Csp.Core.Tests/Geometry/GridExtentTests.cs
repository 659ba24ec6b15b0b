using Csp.Core.Geometry;
using Csp.Core.HotSpots;

namespace Csp.Core.Tests.Geometry;

public sealed class GridExtentTests
{
    [Fact]
    public void One_far_point_does_not_stretch_the_grid()
    {
        var points = Enumerable.Range(0, 2000).Select(i => new PlanarPoint(560_000 + i % 50 * 100, 170_000 + i / 50 * 100)).Append(new PlanarPoint(100_000, 900_000)).ToArray();

        var extent = GridExtent.Around(points, margin: 500);
        var grid = new SquareGrid(extent, 250);

        Assert.Equal(559_500, extent.MinX);
        Assert.Equal(565_400, extent.MaxX);
        Assert.True(grid.CellCount < 1_000, $"{grid.CellCount} cells");
        Assert.Equal(-1, grid.CellIndexOf(new PlanarPoint(100_000, 900_000)));
    }
}
