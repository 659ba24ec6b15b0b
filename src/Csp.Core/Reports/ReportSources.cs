using Csp.Core.Periods;

namespace Csp.Core.Reports;

/// <summary>The sources section every report ends with: what each source is, which months or year it covers, its licence and caveats.</summary>
internal static class ReportSources
{
    private const string Ogl = "Open Government Licence v3.0";

    public static IReadOnlyList<DataSource> Of(ReportInputs inputs)
    {
        var a = inputs.Assessment;
        List<DataSource> sources = [];
        foreach (var force in inputs.Coverage)
        {
            var months = force.Months.Select(YearMonth.Parse).Order().ToList();
            List<string> notes =
            [
                "Crimes and anti-social behaviour incidents as published by the police: locations are anonymised to a point near the crime, and a record without a location is in no area and is not counted.",
            ];
            var missing = MonthCoverage.MissingWithin(months);
            if (missing.Count > 0) notes.Add($"Months not held within that range: {Ranges(missing)}.");
            if (a.Partial) notes.Add("This report compares only the months held: it is marked partial throughout.");
            sources.Add(new DataSource($"data.police.uk street-level crime and anti-social behaviour, {force.Force}", Ranges(months), Ogl, notes));
        }
        if (a.PopulationYear is { } year)
        {
            sources.Add(new DataSource("ONS mid-year population estimates", $"Mid-{year}" + (a.BaselinePopulationYear is { } b && b != year ? $" (baseline: mid-{b})" : ""), Ogl,
                [$"Rates per 1,000 residents use the latest estimate not after the period's end. Ward figures are the sums of their LSOAs' estimates."]));
        }
        sources.Add(new DataSource("ONS geography lookups (LSOA to ward to local authority district; district to CSP and police force area)",
            "LSOA 2011 and 2021 codes; wards of the newest lookup held", Ogl,
            inputs.MapAreas.Any(m => m.Outline.Approximate)
                ? ["Ward and LSOA shapes on maps are approximate, grown from ONS population-weighted centroids inside the district boundary: for drawing only."]
                : []));
        sources.Add(new DataSource("Cambridge Crime Harm Index 2020 (Sherman et al., Cambridge Centre for Evidence-Based Policing)", "Harm weights per crime type",
            "Published research: cite Sherman et al.",
            ["Each police.uk crime type is weighted by the median harm (days of imprisonment) of the offences it covers; harm ranks categories, it does not measure harm exactly."]));
        return sources;
    }

    /// <summary>"Jan 22 - Nov 22, Jan 25 - Dec 25": runs of consecutive months as the seeds label periods.</summary>
    public static string Ranges(IReadOnlyList<YearMonth> months)
    {
        var ranges = new List<string>();
        for (var i = 0; i < months.Count;)
        {
            var j = i;
            while (j + 1 < months.Count && months[j + 1].Index == months[j].Index + 1) j++;
            ranges.Add(new MonthRange(months[i], months[j]).Label());
            i = j + 1;
        }
        return ranges.Count == 0 ? "none held" : string.Join(", ", ranges);
    }
}
