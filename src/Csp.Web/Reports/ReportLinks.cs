using Csp.Core.Periods;
using Csp.Reporting.Rendering;
using Microsoft.AspNetCore.WebUtilities;

namespace Csp.Web.Reports;

/// <summary>The download links the dashboard offers for the area and period on screen: each report in each format.</summary>
public static class ReportLinks
{
    public static readonly (string Kind, string Title)[] Reports =
    [
        ("committee", "Report to the Crime and Disorder Scrutiny Committee"),
        ("assessment", "Strategic Assessment"),
    ];

    public static readonly (ReportFormat Format, string Label)[] Formats =
    [
        (ReportFormat.Html, "Web page"),
        (ReportFormat.Pdf, "PDF"),
        (ReportFormat.Docx, "Word"),
        (ReportFormat.Xlsx, "Excel"),
    ];

    public static string Url(string kind, ReportFormat format, string areaCode, PeriodComparison periods, bool partial, bool restricted)
    {
        var query = new Dictionary<string, string?>
        {
            ["format"] = format.ToString().ToLowerInvariant(),
            ["area"] = areaCode,
            ["period"] = periods.Period.ToString(),
            ["baseline"] = periods.Baseline.ToString(),
        };
        if (partial) query["partial"] = "true";
        if (restricted) query["classification"] = "restricted";
        return QueryHelpers.AddQueryString($"/reports/{kind}", query);
    }
}
