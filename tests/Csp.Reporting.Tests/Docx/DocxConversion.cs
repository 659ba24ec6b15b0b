using Csp.Reporting.Tests.Support;

namespace Csp.Reporting.Tests.Docx;

/// <summary>The Gravesham report as a Word document, converted to PDF by LibreOffice.</summary>
public sealed class DocxConversion : LibreOfficeConversion
{
    protected override string Extension => ".docx";

    protected override Task<byte[]> RenderAsync() => DocxReportRendererTests.RenderAsync(GraveshamReport.Build());
}
