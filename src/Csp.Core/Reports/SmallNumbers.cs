using Csp.Core.Areas;

namespace Csp.Core.Reports;

/// <summary>
/// Small-number suppression for public (Part 1) reports: in a small area (a ward or an LSOA, a few thousand residents),
/// a count from 1 to <see cref="Classification.SuppressBelow"/> minus one could point to a victim, so it is withheld, and
/// with it every figure that would reveal it (the change, the % change, the rate). Zero is shown: it identifies no one.
/// District, CSP and county figures are published by the police and are never suppressed.
/// </summary>
public sealed record SmallNumbers(Classification Classification)
{
    public bool IsSmallArea(AreaLevel level) => level is AreaLevel.Ward or AreaLevel.Lsoa;

    public bool IsSmallArea(string level) => Enum.TryParse<AreaLevel>(level, out var l) && IsSmallArea(l);

    /// <summary>True when the count must be withheld for an area of this level.</summary>
    public bool Withholds(long count, string level) =>
        Classification.IsPublic && Classification.SuppressBelow > 0 && count > 0 && count < Classification.SuppressBelow && IsSmallArea(level);

    /// <summary>The note a table with withheld figures carries.</summary>
    public string Note => $"{CellText.SuppressedMark} Fewer than {Classification.SuppressBelow}: the figure is withheld in a public report, with the figures that would reveal it.";
}
