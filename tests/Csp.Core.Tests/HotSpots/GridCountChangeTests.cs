using Csp.Core.Geometry;
using Csp.Core.HotSpots;

namespace Csp.Core.Tests.HotSpots;

public class GridCountChangeTests
{
    private static readonly SquareGrid Grid = new(new Extent(0, 0, 200, 100), 100); // 2 cells side by side

    [Fact]
    public void Change_per_cell_is_after_minus_before_with_a_percentage_only_where_there_was_something()
    {
        var before = GridCounts.Count(Grid, [new PlanarPoint(10, 10), new PlanarPoint(20, 20), new PlanarPoint(999, 999)]);
        var after = GridCounts.Count(Grid, [new PlanarPoint(30, 30), new PlanarPoint(150, 50), new PlanarPoint(160, 50)]);

        var change = GridCountChange.Between(before, after);

        Assert.Equal(new CellChange(0, 0, 2, 1), change[0, 0]);
        Assert.Equal(-1, change[0].Change);
        Assert.Equal(-50.0, change[0].PercentChange);
        Assert.Equal(2, change[1].Change);
        Assert.Null(change[1].PercentChange);
        Assert.Equal((1, 1, 0), change.Summary());
        Assert.Equal((1, 0), (change.OutsideBefore, change.OutsideAfter));
    }

    [Fact]
    public void Periods_counted_on_different_grids_cannot_be_compared()
    {
        var before = GridCounts.Count(Grid, []);
        var after = GridCounts.Count(new SquareGrid(new Extent(0, 0, 200, 100), 50), []);

        Assert.Throws<ArgumentException>(() => GridCountChange.Between(before, after));
    }
}
