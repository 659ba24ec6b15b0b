using Csp.Core.Geometry;

namespace Csp.Core.HotSpots;

/// <summary>How many points fall in each cell of a <see cref="SquareGrid"/>, plus how many fell outside its area.</summary>
public sealed class GridCounts
{
    private readonly int[] _counts;

    private GridCounts(SquareGrid grid, int[] counts, int outside)
    {
        Grid = grid;
        _counts = counts;
        Outside = outside;
    }

    public SquareGrid Grid { get; }

    /// <summary>Count per cell, indexed as <see cref="SquareGrid"/> numbers cells (row by row from the south-west).</summary>
    public IReadOnlyList<int> Counts => _counts;

    /// <summary>Points outside the grid's area (or without usable coordinates): counted here, never in a cell.</summary>
    public int Outside { get; }

    /// <summary>Points inside the area: the sum of all cells.</summary>
    public int Inside => _counts.Length == 0 ? 0 : (int)_counts.Sum(c => (long)c);

    public int this[int column, int row] => _counts[row * Grid.Columns + column];

    internal ReadOnlySpan<int> CountSpan => _counts;

    public static GridCounts Count(SquareGrid grid, ReadOnlySpan<PlanarPoint> points)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var counts = new int[grid.CellCount];
        var outside = 0;
        foreach (var point in points)
        {
            var cell = grid.CellIndexOf(point);
            if (cell < 0) outside++;
            else counts[cell]++;
        }
        return new GridCounts(grid, counts, outside);
    }

    /// <summary>Counts as doubles, the input <see cref="GetisOrdGiStar"/> and other statistics take.</summary>
    public double[] ToValues()
    {
        var values = new double[_counts.Length];
        for (var i = 0; i < values.Length; i++) values[i] = _counts[i];
        return values;
    }
}
