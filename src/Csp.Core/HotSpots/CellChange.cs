namespace Csp.Core.HotSpots;

/// <summary>The counts of one grid cell in two periods.</summary>
/// <param name="Column">Column, 0 the westernmost.</param>
/// <param name="Row">Row, 0 the southernmost.</param>
/// <param name="Before">Count in the earlier period.</param>
/// <param name="After">Count in the later period.</param>
internal readonly record struct CellChange(int Column, int Row, int Before, int After)
{
    /// <summary>After - Before: positive when the cell got busier.</summary>
    public int Change => After - Before;

    /// <summary>Change as a percentage of Before; null when Before is 0 (a rise from nothing has no percentage).</summary>
    public double? PercentChange => Before == 0 ? null : 100.0 * (After - Before) / Before;
}
