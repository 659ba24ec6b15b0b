using Csp.Core.Periods;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Workbench.Assessment;

namespace Csp.Workbench.Reports;

/// <summary>A report as a user orders it: which, for which area (code or name) and periods, for whom, dated when, in which format.</summary>
/// <param name="Periods">The comparison, or null with <paramref name="PeriodError"/> saying why the host could not choose one.</param>
/// <param name="Readership">Who orders it: a reader who may not see small numbers gets a public (Part 1) report at the partnership's threshold or above, never a restricted one.</param>
/// <param name="TemplateFile">The partnership's own words; null for data/config/report-templates/KIND.md.</param>
public sealed record ReportOrder(string Kind, string? Area, PeriodComparison? Periods, string? PeriodError, bool Partial, int? PopulationYear,
    Classification Classification, DateOnly Date, ReportFormat Format, Readership Readership, string? TemplateFile = null);
