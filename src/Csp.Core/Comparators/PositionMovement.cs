namespace Csp.Core.Comparators;

/// <summary>How an area's position in its group moved since the last period (1 = lowest rate, so up the table is better).</summary>
internal enum PositionMovement
{
    /// <summary>A smaller position number than last period: a lower rate relative to the group.</summary>
    Improved,
    Worsened,
    Unchanged,
    /// <summary>No position last period (no rate for the area then).</summary>
    NoPrevious,
}
