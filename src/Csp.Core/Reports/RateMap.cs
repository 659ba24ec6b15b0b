using Csp.Core.Assessment;

namespace Csp.Core.Reports;

/// <summary>
/// A choropleth of a category's rate per 1,000 residents across the areas inside the area (wards of a district or CSP,
/// LSOAs of a ward), in five classes whose breaks are the quintiles of the rates rounded to two significant figures.
/// A small area's rate is withheld in a public report when its count is a small number (the rate would reveal it).
/// </summary>
internal static class RateMap
{
    public const int Classes = 5;

    public static ReportMap Rates(string id, AssessmentResult area, IReadOnlyList<MappedArea> areas, Areas.AreaOutline? outline, string category, SmallNumbers small, string source)
    {
        var shaded = areas.Select(a =>
        {
            var row = a.Figures?.Rows.FirstOrDefault(r => r.Category == category);
            var withheld = row is not null && small.Withholds(row.Count, a.Outline.Level.ToString());
            return new MapArea(a.Outline.Code, a.Outline.Name, a.Outline.Rings, withheld ? null : row?.RatePer1000, withheld);
        }).ToList();
        var values = shaded.Where(a => a.Value is not null).Select(a => a.Value!.Value).ToList();
        var breaks = Breaks(values);
        List<MapArea> all = [.. shaded];
        if (outline is not null) all.Add(new MapArea(outline.Code, outline.Name, outline.Rings, null, false, Context: true));

        var level = areas.Count == 0 ? "area" : areas[0].Outline.Level == Areas.AreaLevel.Lsoa ? "LSOA" : areas[0].Outline.Level.ToString().ToLowerInvariant();
        var noun = ReportWords.Noun(category);
        var highest = shaded.Where(a => a.Value is not null).OrderByDescending(a => a.Value).FirstOrDefault();
        var alt = highest is null
            ? $"Map of {area.Area.Name} by {level}: no rates to show."
            : $"Map of {area.Area.Name}'s {shaded.Count} {level}s shaded by {category.ToLower(ReportWords.EnGb)} {noun} per 1,000 residents in {area.Period.Label}; " +
              $"the highest is {highest.Name} at {CellText.Format(highest.Value!.Value, CellFormat.Rate)}.";
        var approximate = areas.Any(a => a.Outline.Approximate);
        return new ReportMap(id, $"{category}: {noun} per 1,000 residents by {level}, {area.Area.Name}, {area.Period.Label}",
            ReportWords.RateTitle(category), CellFormat.Rate, all, breaks, source, alt,
            approximate
                ? $"The {level} shapes are approximate: each LSOA is drawn as the part of the district nearest its ONS population-weighted centroid. Street-level crime locations are anonymised points near the crime."
                : "Street-level crime locations are anonymised points near the crime.");
    }

    /// <summary>
    /// Quintile breaks rounded to two significant figures, keeping only breaks that leave at least one area in the class
    /// below them (repeated values give fewer classes, never an empty one); none when there are too few values to class.
    /// </summary>
    internal static IReadOnlyList<double> Breaks(IReadOnlyList<double> values)
    {
        if (values.Count < 2) return [];
        var sorted = values.Order().ToList();
        var candidates = values.Count < Classes
            ? [Round2(Quantile(sorted, 0.5))]
            : Enumerable.Range(1, Classes - 1).Select(k => Round2(Quantile(sorted, k / (double)Classes)));
        var breaks = new List<double>();
        foreach (var b in candidates.Distinct().Order())
        {
            var below = breaks.Count == 0 ? double.NegativeInfinity : breaks[^1];
            if (sorted.Any(v => v >= below && v < b) && sorted.Any(v => v >= b)) breaks.Add(b);
        }
        return breaks;
    }

    private static double Quantile(List<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(sorted.Count - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double Round2(double v)
    {
        if (v <= 0) return 0;
        // In decimal, so that 2.8 is 2.8 and not 2.8000000000000003.
        var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10(v)) - 1);
        return (double)(Math.Round((decimal)v / power) * power);
    }
}
