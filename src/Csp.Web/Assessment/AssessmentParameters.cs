using System.ComponentModel;
using Csp.Storage.Assessment;
using Csp.Workbench.Assessment;
using Csp.Core.Periods;
using Microsoft.AspNetCore.Mvc;

namespace Csp.Web.Assessment;

/// <summary>The query of <c>GET /api/assessment</c>: the same fields as <c>csp assess</c>'s options, in camelCase.</summary>
public sealed class AssessmentParameters
{
    [FromQuery(Name = "area"), Description("ONS code (E07000109) or name (Gravesham) of a district, CSP, ward, LSOA or force area.")]
    public string? Area { get; set; }

    [FromQuery(Name = "yearEnding"), Description("yyyy-MM: the twelve months to this month against the twelve before (2025-09 is the assessment year YE Sept 2025).")]
    public string? YearEnding { get; set; }

    [FromQuery(Name = "period"), Description("yyyy-MM..yyyy-MM, with baseline: any range (both ends included).")]
    public string? Period { get; set; }

    [FromQuery(Name = "baseline"), Description("yyyy-MM..yyyy-MM: the range the period is compared with (ranges of different lengths are compared per month).")]
    public string? Baseline { get; set; }

    [FromQuery(Name = "financialYear"), Description("yyyy: April of this year to March of the next, against the year before.")]
    public string? FinancialYear { get; set; }

    [FromQuery(Name = "yearToDate"), Description("yyyy-MM: April to this month, against the same months a year earlier.")]
    public string? YearToDate { get; set; }

    [FromQuery(Name = "quarter"), Description("yyyy-Qn: a calendar quarter against the same quarter a year earlier.")]
    public string? Quarter { get; set; }

    [FromQuery(Name = "month"), Description("yyyy-MM: one month against the same month a year earlier.")]
    public string? Month { get; set; }

    [FromQuery(Name = "populationYear"), Description("Use this year's population estimate for both periods (default: the latest estimate not after each period's end).")]
    public int? PopulationYear { get; set; }

    [FromQuery(Name = "partial"), Description("Compare even when months are missing; every figure and finding is then labelled partial.")]
    public bool? Partial { get; set; }

    public PeriodChoice Choice() => new(YearEnding, Period, Baseline, FinancialYear, YearToDate, Quarter, Month);
}
