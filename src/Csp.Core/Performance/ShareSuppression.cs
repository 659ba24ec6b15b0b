using Csp.Core.Reports;

namespace Csp.Core.Performance;

/// <summary>
/// Small-number suppression of a share counted from personal records (the domestic abuse repeat share, from pseudonymised
/// victim keys) for a reader who may not see small numbers: as the public (Part 1) report withholds a small area's count
/// from 1 to <see cref="Classification.SuppressBelow"/> minus one, a share is withheld when the victims it is of, or the
/// repeat victims, number from 1 to that minus one (3 repeat victims of 40, or 2 of 4: each could point to a person). It
/// applies to every area, districts and partnerships included: a district's police.uk count is published by the police,
/// a count of victims is not. Zero is not small (it points to no one). A withheld row loses its figure, its baseline,
/// the changes and its RAG status (each would give the figure away) and says <see cref="PerformanceRow.Withheld"/>.
/// </summary>
public static class ShareSuppression
{
    /// <summary>True when a share of this base must be withheld at the threshold (0 = no suppression).</summary>
    public static bool Withholds(ShareBase? shareBase, int suppressBelow) =>
        suppressBelow > 0 && shareBase is { } b && (Small(b.Part, suppressBelow) || Small(b.Whole, suppressBelow));

    private static bool Small(long count, int suppressBelow) => count > 0 && count < suppressBelow;

    /// <summary>
    /// The table as the reader may see it: unchanged for a restricted classification; else every row whose figure or
    /// baseline rests on a small base withheld whole.
    /// </summary>
    public static PerformanceResult Apply(PerformanceResult result, Classification classification)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(classification);
        if (!classification.IsPublic || classification.SuppressBelow <= 0) return result;
        var rows = result.Rows.Select(r => Withholds(r.ValueBase, classification.SuppressBelow) || Withholds(r.BaselineBase, classification.SuppressBelow)
            ? r with { Value = null, BaselineValue = null, Change = null, PercentChange = null, Status = RagStatus.NotRated.Label(), Withheld = true, ValueBase = null, BaselineBase = null }
            : r).ToList();
        return result with { Rows = rows };
    }

    /// <summary>
    /// For a reader who may not see small numbers: the note naming the returned shares of people (<see cref="Measure.ShareOfPeople"/>)
    /// shown without the base their return should carry (<see cref="ShareBase"/>), so that whether they rest on 1-4 people
    /// cannot be checked; null when there is none, or for a restricted classification.
    /// </summary>
    public static string? UnbasedNote(PerformanceResult result, Classification classification)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(classification);
        if (!classification.IsPublic || classification.SuppressBelow <= 0) return null;
        var unbased = result.Measures.Zip(result.Rows)
            .Where(x => x.First.ShareOfPeople && !x.Second.Withheld
                && ((x.Second.Value is not null && x.Second.ValueBase is null) || (x.Second.BaselineValue is not null && x.Second.BaselineBase is null && x.First.Baseline is null)))
            .Select(x => x.First.Name).ToList();
        return unbased.Count == 0 ? null
            : $"{string.Join(", ", unbased)}: returned as a percentage without the numbers it is of (the return's base=numerator and base=denominator rows), " +
              $"so it cannot be checked whether {(unbased.Count == 1 ? "it rests" : "they rest")} on fewer than {classification.SuppressBelow} people; " +
              $"{(unbased.Count == 1 ? "it is" : "they are")} shown as returned, not as checked safe.";
    }

    /// <summary>The note a table with a withheld share carries.</summary>
    public static string Note(Classification classification) =>
        $"{CellText.SuppressedMark} Withheld: the share is of fewer than {classification?.SuppressBelow ?? 5} victims or repeat victims, who could be identified; " +
        "its figure, baseline, change and status are not shown.";
}
