using Csp.Core.Areas;
using Csp.Core.Assessment;

namespace Csp.Core.Reports;

/// <summary>
/// Everything a report is built from, gathered by the caller (the CLI or the web app) from the database: the area's
/// assessment, the same assessment for the areas it is compared with, the shapes and figures of the areas inside it (for
/// the map), which months each force's data covers, the partnership's template text, and who may read the report.
/// </summary>
/// <param name="Siblings">The assessment of every area the area is ranked among (the Kent districts for a district,
/// itself included): the rank charts.</param>
/// <param name="Neighbours">The areas shown beside it in the seeds' tables, in order: the districts of its CSP
/// (Dartford and Gravesham), and the CSP itself when the area is one.</param>
/// <param name="MapAreas">The areas inside it that a map is shaded by (wards of a district or CSP, LSOAs of a ward).</param>
/// <param name="Outline">The area's own outline, drawn around the map; null when it cannot be drawn.</param>
/// <param name="Partnership">The name of the CSP the area belongs to, for the template's {partnership}.</param>
/// <param name="Date">The date printed on the report (the committee's meeting date).</param>
public sealed record ReportInputs(
    AssessmentResult Assessment,
    IReadOnlyList<AssessmentResult> Siblings,
    IReadOnlyList<AssessmentResult> Neighbours,
    IReadOnlyList<MappedArea> MapAreas,
    AreaOutline? Outline,
    string? Partnership,
    IReadOnlyList<ForceCoverage> Coverage,
    ReportTemplate Template,
    Classification Classification,
    DateOnly Date)
{
    public SmallNumbers SmallNumbers => new(Classification);

    /// <summary>The council the report goes to, from the partnership's settings (data/config/partnership.csv); a template's
    /// own <c>council:</c> field overrides it. Null when neither names one.</summary>
    public string? Council { get; init; }

    /// <summary>The Management Group's decision on this assessment's recommended priorities, when one is recorded: the
    /// report shows the decision beside the recommendation.</summary>
    public Strategy.PriorityDecision? Decision { get; init; }

    /// <summary>What partners returned for the area and period (the Strategic Assessment's partner data section); null when
    /// the caller gathered none (the section is then left out).</summary>
    public Performance.PartnerFigures? Partners { get; init; }
}

/// <summary>An area of the map with its own assessment (null when it has no figures: no crime data or no population).</summary>
public sealed record MappedArea(AreaOutline Outline, AssessmentResult? Figures);

/// <summary>The months of a force's police.uk data that are held (yyyy-MM), for the sources section.</summary>
public sealed record ForceCoverage(string Force, IReadOnlyList<string> Months);
