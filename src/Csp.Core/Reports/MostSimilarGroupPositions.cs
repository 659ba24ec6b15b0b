using Csp.Core.Assessment;

namespace Csp.Core.Reports;

/// <summary>
/// The area's position in its Most Similar Group per category, as a reader may see it: what the performance page, the
/// <c>mostSimilarGroup</c> of <c>csp performance --format json|csv</c> and the report's table (<see cref="MostSimilarGroupTable"/>)
/// all show, made once from the assessment's ranking. A category whose count or baseline count the reader may not see
/// (<see cref="SmallNumbers.Withholds(long, string)"/>: a ward or LSOA only) loses its rate, positions and movement.
/// </summary>
/// <param name="Direction">"1 = lowest rate": a smaller position is better.</param>
/// <param name="Period">The period ranked ("Apr-Jun 25"); <paramref name="PreviousPeriod"/> the one before it.</param>
/// <param name="MonthsCompared">The months held when the periods are not held whole (police.uk lags); empty when they are.</param>
public sealed record MostSimilarGroupPositions(string Group, string Direction, string Period, string PreviousPeriod, IReadOnlyList<string> Members,
    IReadOnlyList<string> NoData, IReadOnlyList<GroupPositionRow> Categories, IReadOnlyList<string> MonthsCompared)
{
    /// <summary>Null when the area has no comparator group or no category is ranked.</summary>
    public static MostSimilarGroupPositions? Of(AssessmentResult area, SmallNumbers small)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(small);
        if (area.MostSimilarGroup is not { } group || group.Categories.Count == 0) return null;
        var rows = group.Categories.Select(standing =>
        {
            var row = area.Rows.FirstOrDefault(r => r.Category == standing.Category);
            var withheld = row is not null && (small.Withholds(row.Count, area.Area.Level) || small.Withholds(row.BaselineCount ?? 0, area.Area.Level));
            return withheld
                ? new GroupPositionRow(standing.Category, null, null, standing.GroupSize, null, null, null, row?.IsGroup == true, true)
                : new GroupPositionRow(standing.Category, standing.Rate, standing.Rank, standing.GroupSize, standing.PreviousRank, standing.PreviousGroupSize, standing.Movement,
                    row?.IsGroup == true, false);
        }).ToList();
        return new MostSimilarGroupPositions(group.Group, group.Direction, area.Period.Label, area.Baseline.Label, group.Members, group.NoData, rows,
            area.Partial ? area.MonthsCompared : []);
    }

    /// <summary>"2nd of 15"; "-" when there is none.</summary>
    public static string Place(int? position, int? of) => position is { } p ? $"{FindingWriter.Ordinal(p)} of {of}" : "-";
}

/// <summary>One category's place: <c>mostSimilarGroup.categories[]</c> of <c>csp performance --format json</c>.</summary>
/// <param name="Rate">The area's rate per 1,000 residents; null when withheld or not ranked.</param>
/// <param name="Position">1 = the lowest rate in the group; null when the area has no rate (or withheld).</param>
/// <param name="GroupSize">Members ranked this period.</param>
/// <param name="PreviousPosition">The position in the period before, among <paramref name="PreviousGroupSize"/> members.</param>
/// <param name="Movement">In words: "improved from 15th to 10th of 15 (1 = lowest rate)".</param>
/// <param name="IsGroup">A group of categories (all crime), not one category.</param>
/// <param name="Withheld">Withheld from this reader (a small number in a small area).</param>
public sealed record GroupPositionRow(string Category, double? Rate, int? Position, int GroupSize, int? PreviousPosition, int? PreviousGroupSize, string? Movement,
    bool IsGroup, bool Withheld);
