using Csp.Core.Areas;
using Csp.Core.Assessment;

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

    /// <summary>
    /// An assessment of a ward or an LSOA as a public reader may see it (the dashboard's and the API's answer to a role
    /// not entitled to small numbers): a category whose count or baseline count is withheld is left out whole (its change,
    /// rate, share, harm and series would reveal it) and named in <paramref name="withheld"/>, in the table's order; the
    /// months and the earlier years' series of the others are left out too (a small area's month is nearly always a small
    /// number, and a public report draws no monthly chart of one); the priorities and findings are those of what is left,
    /// and a note says so. Any other area, or a restricted classification, comes back unchanged.
    /// </summary>
    public AssessmentResult Withhold(AssessmentResult result, out IReadOnlyList<string> withheld)
    {
        ArgumentNullException.ThrowIfNull(result);
        withheld = [];
        if (!Classification.IsPublic || !IsSmallArea(result.Area.Level)) return result;
        var level = result.Area.Level;
        var hidden = result.Rows.Where(r => Withholds(r.Count, level) || (r.BaselineCount is { } b && Withholds(b, level)))
            .Select(r => r.Category).ToHashSet(StringComparer.Ordinal);
        withheld = result.Rows.Where(r => hidden.Contains(r.Category)).Select(r => r.Category).ToList();
        var scrubbed = result with
        {
            Rows = result.Rows.Where(r => !hidden.Contains(r.Category)).Select(r => r with { Months = [], Series = [], MonthsThatStandOut = [] }).ToList(),
            Priorities = result.Priorities.Where(p => !hidden.Contains(p.Category)).ToList(),
            Notes =
            [
                .. result.Notes,
                $"Small numbers: in a ward or an LSOA a count from 1 to {Classification.SuppressBelow - 1} is withheld with every figure that would reveal it, as in a public (Part 1) report" +
                (hidden.Count == 0 ? "; no category here has one." : $"; {hidden.Count} categor{(hidden.Count == 1 ? "y is" : "ies are")} withheld.") +
                " Monthly figures are not given.",
            ],
        };
        return scrubbed with { Findings = FindingWriter.Write(scrubbed) };
    }

    /// <summary>The note a table with withheld figures carries.</summary>
    public string Note => $"{CellText.SuppressedMark} Fewer than {Classification.SuppressBelow}: the figure is withheld in a public report, with the figures that would reveal it.";
}
