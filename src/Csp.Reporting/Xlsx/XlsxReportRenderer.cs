using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Csp.Reporting.Xlsx;

/// <summary>
/// A report as the workbook an analyst would build by hand: a Contents sheet linking to one sheet per table and per figure
/// (the chart's or map's data), real numbers with the report's number formats, frozen header rows with an autofilter, the
/// table's notes under it, and a Notes and sources sheet. Prints on A4 with the classification at the top of every page.
/// </summary>
internal sealed class XlsxReportRenderer(TimeProvider? clock = null) : IReportRenderer
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public ReportFormat Format => ReportFormat.Xlsx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string Extension => ".xlsx";

    public async Task RenderAsync(ReportDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        await BufferedPackage.WriteAsync(output, buffer =>
        {
            using var package = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook);
            new XlsxWorkbookBuilder(package, document).Build();
            PackageProperties.Describe(package, document, _clock.GetUtcNow());
        }, cancellationToken).ConfigureAwait(false);
    }
}
