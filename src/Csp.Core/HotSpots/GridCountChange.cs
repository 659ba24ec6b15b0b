using Csp.Core.Geometry;

namespace Csp.Core.HotSpots;

/// <summary>Cell-by-cell change in counts between two periods on the same grid.</summary>
internal sealed class GridCountChange
{
    private readonly int[] _before;
    private readonly int[] _after;

    private GridCountChange(SquareGrid grid, int[] before, int[] after, int outsideBefore, int outsideAfter)
    {
        Grid = grid;
        _before = before;
        _after = after;
        OutsideBefore = outsideBefore;
        OutsideAfter = outsideAfter;
    }

    public SquareGrid Grid { get; }

    public int CellCount => _before.Length;

    /// <summary>Points of the earlier period outside the area.</summary>
    public int OutsideBefore { get; }

    /// <summary>Points of the later period outside the area.</summary>
    public int OutsideAfter { get; }

    public CellChange this[int cellIndex] => new(cellIndex % Grid.Columns, cellIndex / Grid.Columns, _before[cellIndex], _after[cellIndex]);

    public CellChange this[int column, int row] => this[row * Grid.Columns + column];

    /// <summary>Every cell, row by row from the south-west.</summary>
    public IEnumerable<CellChange> Cells
    {
        get
        {
            for (var i = 0; i < _before.Length; i++) yield return this[i];
        }
    }

    /// <summary>Cells whose count rose, fell, or stayed the same (including cells empty in both periods).</summary>
    public (int Rose, int Fell, int Same) Summary()
    {
        int rose = 0, fell = 0;
        for (var i = 0; i < _before.Length; i++)
        {
            if (_after[i] > _before[i]) rose++;
            else if (_after[i] < _before[i]) fell++;
        }
        return (rose, fell, _before.Length - rose - fell);
    }

    public static GridCountChange Between(GridCounts before, GridCounts after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Grid != after.Grid)
            throw new ArgumentException("Both periods must be counted on the same grid (same area and cell size).", nameof(after));
        return new GridCountChange(before.Grid, before.CountSpan.ToArray(), after.CountSpan.ToArray(), before.Outside, after.Outside);
    }
}
