using Csp.Core.Geometry;

namespace Csp.Core.Tests.Geometry;

public class SquareGridTests
{
    [Fact]
    public void Cells_are_numbered_row_by_row_from_the_south_west()
    {
        var grid = new SquareGrid(new Extent(100, 200, 400, 400), 100); // 3 columns x 2 rows

        Assert.Equal(0, grid.CellIndexOf(100, 200));
        Assert.Equal(2, grid.CellIndexOf(399, 250));
        Assert.Equal(3, grid.CellIndexOf(150, 300));
        Assert.Equal(new PlanarPoint(350, 350), grid.Centre(5));
    }

    [Fact]
    public void Points_outside_the_area_or_without_coordinates_have_no_cell()
    {
        var grid = new SquareGrid(new Extent(0, 0, 250, 100), 100); // the third column overhangs to 300

        Assert.Equal(-1, grid.CellIndexOf(275, 50)); // in the overhang but outside the area
        Assert.Equal(-1, grid.CellIndexOf(-0.01, 50));
        Assert.Equal(-1, grid.CellIndexOf(double.NaN, 50));
        Assert.Equal(2, grid.CellIndexOf(250, 100));
    }

    [Fact]
    public void Grids_over_the_same_area_with_the_same_cells_are_equal()
    {
        Assert.Equal(new SquareGrid(new Extent(0, 0, 10, 10), 1), new SquareGrid(new Extent(0, 0, 10, 10), 1));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    public void A_cell_size_that_is_not_positive_is_refused(double cellSize)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SquareGrid(new Extent(0, 0, 10, 10), cellSize));
    }

    [Fact]
    public void An_extent_without_area_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Extent(0, 0, 0, 10));
    }
}
