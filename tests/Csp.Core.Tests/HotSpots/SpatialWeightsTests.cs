using Csp.Core.HotSpots;

namespace Csp.Core.Tests.HotSpots;

public class SpatialWeightsTests
{
    [Fact]
    public void Square_windows_link_each_cell_to_its_block_cut_at_the_edge_itself_included()
    {
        // 4 columns x 3 rows, radius 1: the corner cell 0 has the 2 x 2 block {0, 1, 4, 5}; cell 5 (column 1, row 1)
        // has the full 3 x 3 block; cell 7 (column 3, row 1) the 3 x 2 block without column 4.
        var weights = SpatialWeights.SquareWindows(4, 3, 1);

        Assert.Equal(12, weights.Count);
        Assert.Equal([0, 1, 4, 5], weights.LinksOf(0).Select(l => l.Neighbour));
        Assert.Equal([0, 1, 2, 4, 5, 6, 8, 9, 10], weights.LinksOf(5).Select(l => l.Neighbour));
        Assert.Equal([2, 3, 6, 7, 10, 11], weights.LinksOf(7).Select(l => l.Neighbour));
        Assert.All(Enumerable.Range(0, 12).SelectMany(weights.LinksOf), l => Assert.Equal(1.0, l.Weight));
        // Radius 5 covers the whole grid from every cell.
        Assert.All(Enumerable.Range(0, 12), i => Assert.Equal(12, SpatialWeights.SquareWindows(4, 3, 5).LinksOf(i).Count()));
    }
}
