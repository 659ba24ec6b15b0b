using Csp.Core.Assessment;

namespace Csp.Core.Reports;

/// <summary>
/// A category's rate per 1,000 residents in every sibling area (the county's districts), highest first, with the area
/// highlighted and the county's rate as a line: where the area stands ("the fifth highest rate in the county").
/// </summary>
internal static class RankChart
{
    public static ReportChart Rates(string id, AssessmentResult area, IReadOnlyList<AssessmentResult> siblings, string category, string source)
    {
        var figures = siblings
            .Select(s => (s.Area.Code, s.Area.Name, Rate: s.Rows.FirstOrDefault(r => r.Category == category)?.RatePer1000))
            .Where(f => f.Rate is not null)
            .OrderByDescending(f => f.Rate).ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        var index = figures.FindIndex(f => f.Code == area.Area.Code);
        var row = area.Rows.FirstOrDefault(r => r.Category == category);
        var county = area.County;
        List<ReferenceLine> lines = row?.CountyRatePer1000 is { } countyRate && county is not null && county.Code != area.Area.Code
            ? [new ReferenceLine($"{county.Name} {countyRate.ToString("0.00", ReportWords.EnGb)}", countyRate)]
            : [];
        var noun = ReportWords.Noun(category);
        var phrase = row?.Description.InSentence ?? category.ToLower(ReportWords.EnGb);
        var alt = index < 0
            ? $"Bar chart of {phrase} per 1,000 residents in {figures.Count} areas of {area.RankedAmong}."
            : $"Bar chart of {phrase} per 1,000 residents in {figures.Count} areas of {area.RankedAmong}, highest first. " +
              $"{area.Area.Name} is {Position(index + 1, figures.Count)} at {figures[index].Rate!.Value.ToString("0.00", ReportWords.EnGb)}" +
              (lines.Count > 0 ? $", against {lines[0].Label}." : ".");
        return new ReportChart(id, $"{category}: {noun} per 1,000 residents, {area.RankedAmong}, {area.Period.Label}", ChartKind.Bar,
            "Area", ReportWords.RateTitle(category),
            [.. figures.Select(f => f.Name)],
            [new ChartSeries(area.Period.Label, [.. figures.Select(f => f.Rate)], SeriesRole.Current)],
            index < 0 ? null : index, lines, source, alt);
    }

    private static string Position(int rank, int of) =>
        rank == 1 ? $"the highest of {of}" : rank == of ? $"the lowest of {of}" : $"the {FindingWriter.Ordinal(rank)} highest of {of}";
}
