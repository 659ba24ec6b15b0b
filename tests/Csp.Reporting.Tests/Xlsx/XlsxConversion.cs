using Csp.Reporting.Tests.Support;

namespace Csp.Reporting.Tests.Xlsx;

/// <summary>The Gravesham report as a workbook, printed to PDF by LibreOffice (every sheet).</summary>
public sealed class XlsxConversion : LibreOfficeConversion
{
    protected override string Extension => ".xlsx";

    protected override Task<byte[]> RenderAsync() => XlsxReportRendererTests.RenderAsync(GraveshamReport.Build());
}
