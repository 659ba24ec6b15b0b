using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Reports;

namespace Csp.Workbench.Assessment;

/// <summary>
/// The small-number rule of the public (Part 1) report (<see cref="SmallNumbers"/>) applied to what the use cases answer
/// a reader with: here, once, so that the dashboard, its map, the API and the downloads withhold alike whatever page or
/// endpoint shows them. A reader who <see cref="Readership.SeesSmallNumbers"/> gets every figure unchanged.
/// </summary>
public static class Withholding
{
    /// <summary>
    /// An assessment of a ward or an LSOA as a public reader may see it: a category whose count or baseline count is a small
    /// number is left out whole (its change, rate, share, harm, series and months would reveal it) and named in
    /// <paramref name="withheld"/>; the months and the series of earlier years of the others are left out too (a ward's
    /// month is nearly always a small number, and the public report draws no monthly chart of a small area); priorities
    /// and findings are those of what is left. Other areas (districts, CSPs, force areas) are published by the police and
    /// come back unchanged.
    /// </summary>
    public static AssessmentResult Assessment(AssessmentResult result, Readership readership, out IReadOnlyList<string> withheld)
    {
        withheld = [];
        var small = readership.SmallNumbers;
        if (readership.SeesSmallNumbers || !small.IsSmallArea(result.Area.Level)) return result;
        var level = result.Area.Level;
        var hidden = result.Rows.Where(r => small.Withholds(r.Count, level) || small.Withholds(r.BaselineCount, level)).Select(r => r.Category).ToHashSet(StringComparer.Ordinal);
        withheld = result.Rows.Where(r => hidden.Contains(r.Category)).Select(r => r.Category).ToList();
        var scrubbed = result with
        {
            Rows = result.Rows.Where(r => !hidden.Contains(r.Category)).Select(r => r with { Months = [], Series = [], MonthsThatStandOut = [] }).ToList(),
            Priorities = result.Priorities.Where(p => !hidden.Contains(p.Category)).ToList(),
            Notes = [.. result.Notes, Note(small, hidden.Count)],
        };
        return scrubbed with { Findings = FindingWriter.Write(scrubbed) };
    }

    /// <summary>The counts, change and rate of wards or LSOAs as the reader may see them (districts are never withheld).</summary>
    public static IReadOnlyList<ShownSmallAreaFigure> SmallAreas(IReadOnlyList<SmallAreaFigure> figures, AreaLevel level, Readership readership)
    {
        var small = readership.SmallNumbers;
        return figures.Select(f =>
        {
            var withheld = !readership.SeesSmallNumbers && (small.Withholds(f.Count, level.ToString()) || small.Withholds(f.BaselineCount, level.ToString()));
            return withheld
                ? new ShownSmallAreaFigure(f.Code, f.Name, null, null, null, null, f.Population, f.PopulationYear, null, Withheld: true)
                : new ShownSmallAreaFigure(f.Code, f.Name, f.Count, f.BaselineCount, f.Change, f.PercentChange, f.Population, f.PopulationYear, f.RatePer1000, Withheld: false);
        }).ToList();
    }

    /// <summary>A rate of an area of this level as the reader may see it: null when its count is withheld (the rate and the population would give the count).</summary>
    public static double? Rate(double? rate, long count, string level, Readership readership) =>
        !readership.SeesSmallNumbers && readership.SmallNumbers.Withholds(count, level) ? null : rate;

    private static string Note(SmallNumbers small, int withheld) =>
        $"Small numbers: in a ward or an LSOA, a count from 1 to {small.Classification.SuppressBelow - 1} is withheld for your role with every figure that would reveal it, as in a public (Part 1) report" +
        (withheld == 0 ? "; no category here has one. Monthly figures are not shown." : $"; {withheld} categor{(withheld == 1 ? "y is" : "ies are")} withheld, and monthly figures are not shown.");
}
