using Csp.Core.Reports;
using Csp.Chromium;
using Csp.Reporting.Html;
using Csp.Reporting.Rendering;

namespace Csp.Reporting.Pdf;

/// <summary>
/// A report as a PDF: the HTML page printed by Chromium on A4, the classification at the top of every page and the title
/// with "Page X of Y" at the foot, tagged for screen readers, with the report title as the document's title. The charts
/// and maps are the page's SVG, so they stay sharp at any zoom.
/// </summary>
internal sealed class PdfReportRenderer(IChromium chromium, TimeProvider? clock = null) : IReportRenderer
{
    private readonly HtmlReportRenderer _html = new(clock);

    public ReportFormat Format => ReportFormat.Pdf;

    public string ContentType => "application/pdf";

    public string Extension => ".pdf";

    public async Task RenderAsync(ReportDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var options = PdfOptions.A4 with
        {
            Header = "Classification: " + document.Classification.Label,
            Footer = document.Title + " - Page {page} of {pages}",
            Title = document.Title,
        };
        var pdf = await chromium.PrintPdfAsync(_html.Render(document), options, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(pdf, cancellationToken).ConfigureAwait(false);
    }
}
