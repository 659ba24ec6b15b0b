using Csp.Core.Reports;

namespace Csp.Core.Performance;

/// <summary>
/// Small-number suppression by differencing, for a reader who may not see small numbers. A partnership's counted figures
/// (police.uk records and partner incidents, by the LSOAs of its districts) count an LSOA that two of its districts list (a
/// boundary change between lookup vintages) once, but each district's figure counts it: so the districts' figures added up,
/// less the partnership's, is the count of the shared LSOA(s) alone, which may be from 1 to 4.
/// <para>
/// The rule (secondary suppression of the one cell that gives the difference away): when that difference, of the period's
/// figures or of the baseline's, is from 1 to <see cref="Classification.SuppressBelow"/> minus one, the partnership's row is
/// withheld whole (figure, baseline, changes and status: the change and the figure give the baseline back). The partnership's
/// cell is the one withheld, not a district's: each district's figure stands on its own in its own table (and police.uk
/// publishes its records by LSOA), so only the partnership's is not otherwise shown, and withholding it leaves nothing to
/// subtract. A difference of 0 (no shared LSOA, or none with a record) points to nothing, and 5 or more is not small: the
/// figure shows. Only the measures counted by LSOA are judged (returned figures are shown as partners return them, and a
/// share is not added up from the districts'). Restricted readers see every figure.
/// </para>
/// <para>
/// The check is made on each period shown (the table's period and baseline, each period of the report's charts). A reader who
/// asks for periods of their own (<c>--period</c>) and subtracts one partnership total from another could still reach a small
/// monthly difference; the published outputs (quarters, and their charts of quarters) are checked as shown.
/// </para>
/// </summary>
public static class PartnershipDifference
{
    /// <summary>True for the measures counted by LSOA, whose partnership figure counts a shared LSOA once.</summary>
    public static bool Judged(Measure measure) =>
        measure?.SourceKind is MeasureSourceKind.PoliceUkCategory or MeasureSourceKind.IncidentCount;

    /// <summary>True when the districts' figures added up, less the partnership's, is from 1 to <paramref name="suppressBelow"/> minus one
    /// (either way round); false when any figure is missing (nothing can be subtracted) or suppression is off (0).</summary>
    public static bool Discloses(decimal? partnership, IEnumerable<decimal?> districts, int suppressBelow)
    {
        ArgumentNullException.ThrowIfNull(districts);
        if (suppressBelow <= 0 || partnership is not { } whole) return false;
        decimal sum = 0;
        foreach (var d in districts)
        {
            if (d is not { } v) return false;
            sum += v;
        }
        var gap = Math.Abs(sum - whole);
        return gap > 0 && gap < suppressBelow;
    }

    /// <summary>
    /// The partnership's table as the reader may see it: unchanged for a restricted classification or an area with no
    /// districts; else each judged row whose figure or baseline differs from its districts' added up by 1 to 4 withheld whole.
    /// </summary>
    /// <param name="districts">The tables of the partnership's districts for the same period and measures, as computed (before any suppression).</param>
    public static PerformanceResult Apply(PerformanceResult partnership, IReadOnlyList<PerformanceResult> districts, Classification classification)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        ArgumentNullException.ThrowIfNull(districts);
        ArgumentNullException.ThrowIfNull(classification);
        if (!classification.IsPublic || classification.SuppressBelow <= 0 || districts.Count == 0) return partnership;
        var rows = partnership.Rows.Select((row, i) =>
        {
            var measure = partnership.Measures[i];
            if (row.Withheld || !Judged(measure)) return row;
            var theirs = districts.Select(d => d.Rows.Where((_, j) => d.Measures[j].Name.Equals(measure.Name, StringComparison.OrdinalIgnoreCase)).FirstOrDefault()).ToList();
            if (theirs.Any(r => r is null)) return row;
            var disclosed = Discloses(row.Value, theirs.Select(r => r!.Value), classification.SuppressBelow)
                || Discloses(row.BaselineValue, theirs.Select(r => r!.BaselineValue), classification.SuppressBelow);
            return disclosed
                ? row with { Value = null, BaselineValue = null, Change = null, PercentChange = null, Status = RagStatus.NotRated.Label(), Withheld = true, DifferenceWithheld = true }
                : row;
        }).ToList();
        return partnership with { Rows = rows };
    }

    /// <summary>The note a table with a row withheld by this rule carries.</summary>
    public static string Note(Classification classification) =>
        $"{CellText.SuppressedMark} Withheld: the partnership's figure differs from its districts' added up by fewer than {classification?.SuppressBelow ?? 5} " +
        "(an area two districts' lookups both list counts in each district but once in the partnership), which would give away a small number; " +
        "its figure, baseline, change and status are not shown.";
}
