using Csp.Core.Areas;
using Csp.Core.Periods;
using Csp.Core.Reports;

namespace Csp.Workbench.Reports;

/// <summary>What a user asks for: which report, for which area and periods, for whom (the classification), dated when.</summary>
/// <param name="Kind">"committee" or "assessment".</param>
/// <param name="TemplateFile">The partnership's template; null for the default one under data/config/report-templates.</param>
public sealed record ReportRequest(
    string Kind,
    Area Area,
    PeriodComparison Periods,
    bool Partial,
    int? PopulationYear,
    Classification Classification,
    DateOnly Date,
    string? TemplateFile = null)
{
    public static readonly IReadOnlyList<string> Kinds = [CommitteeReport.Kind, AssessmentReport.Kind];
}
