using Csp.Core.Reports;

namespace Csp.Reporting.Xlsx;

/// <summary>
/// Where a chart's data sits on its sheet (categories in column A, a series per column from B, rows
/// <paramref name="FirstRow"/> to <paramref name="LastRow"/>) and the row under which the native chart is drawn.
/// </summary>
internal sealed record XlsxChartPlacement(ReportChart Chart, uint FirstRow, uint LastRow, uint AnchorRow, string NumberFormat);
