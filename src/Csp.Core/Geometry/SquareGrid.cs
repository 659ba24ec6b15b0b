using System.Globalization;

namespace Csp.Core.Geometry;

/// <summary>A grid of square cells laid over an area, anchored at the area's south-west corner.</summary>
/// <remarks>
/// The grid is sized by the area it is given, never by the points later counted on it, so one stray
/// point far away cannot inflate it. It has <see cref="Columns"/> = ceil(width / cell size) columns and
/// <see cref="Rows"/> = ceil(height / cell size) rows, so the last column and row may overhang the area's
/// east and north edges by less than one cell. Cells are numbered row by row from the south-west:
/// index = row × Columns + column, row 0 the southernmost, column 0 the westernmost. A cell covers
/// [x0, x0 + size) × [y0, y0 + size); a point on the area's east or north boundary belongs to the last cell.
/// </remarks>
public sealed record SquareGrid
{
    /// <summary>Refuse grids above this many cells (64 million: 512 MB of doubles): a cell size that small is a mistake.</summary>
    public const long MaxCells = 64L * 1024 * 1024;

    public SquareGrid(Extent area, double cellSize)
    {
        if (!double.IsFinite(cellSize) || cellSize <= 0)
            throw new ArgumentOutOfRangeException(nameof(cellSize), cellSize, "Cell size must be a positive number of metres.");
        var columns = Math.Max(1, (long)Math.Ceiling(area.Width / cellSize));
        var rows = Math.Max(1, (long)Math.Ceiling(area.Height / cellSize));
        if (columns * rows > MaxCells)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"A {cellSize} m grid over {area.Width} m x {area.Height} m needs {columns} x {rows} cells, more than {MaxCells}; use larger cells or a smaller area."), nameof(cellSize));
        Area = area;
        CellSize = cellSize;
        Columns = (int)columns;
        Rows = (int)rows;
    }

    /// <summary>The area the grid covers; points outside it are not counted in any cell.</summary>
    public Extent Area { get; }

    /// <summary>Side of a cell in metres.</summary>
    public double CellSize { get; }

    public int Columns { get; }

    public int Rows { get; }

    public int CellCount => Columns * Rows;

    /// <summary>X (easting) of the centre of cells in <paramref name="column"/>.</summary>
    public double CentreX(int column) => Area.MinX + (column + 0.5) * CellSize;

    /// <summary>Y (northing) of the centre of cells in <paramref name="row"/>.</summary>
    public double CentreY(int row) => Area.MinY + (row + 0.5) * CellSize;

    public PlanarPoint Centre(int cellIndex) => new(CentreX(cellIndex % Columns), CentreY(cellIndex / Columns));

    /// <summary>The cell index holding the point, or -1 when the point is outside <see cref="Area"/> (or not a number).</summary>
    public int CellIndexOf(double x, double y)
    {
        if (!Area.Contains(x, y)) return -1; // also false for NaN
        var column = Math.Min((int)((x - Area.MinX) / CellSize), Columns - 1);
        var row = Math.Min((int)((y - Area.MinY) / CellSize), Rows - 1);
        return row * Columns + column;
    }

    public int CellIndexOf(PlanarPoint point) => CellIndexOf(point.X, point.Y);
}
