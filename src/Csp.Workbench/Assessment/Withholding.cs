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
    /// An assessment as the reader may see it: unchanged for a reader who sees small numbers, else a ward's or LSOA's
    /// withheld as <see cref="SmallNumbers.Withhold"/> says, the categories left out named in <paramref name="withheld"/>.
    /// </summary>
    public static AssessmentResult Assessment(AssessmentResult result, Readership readership, out IReadOnlyList<string> withheld)
    {
        withheld = [];
        return readership.SeesSmallNumbers ? result : readership.SmallNumbers.Withhold(result, out withheld);
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
}
