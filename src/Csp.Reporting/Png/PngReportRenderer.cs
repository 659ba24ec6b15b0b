using Csp.Chromium;
using Csp.Core.Reports;
using Csp.Reporting.Html;
using Csp.Reporting.Rendering;

namespace Csp.Reporting.Png;

/// <summary>
/// A one-page document (Strategy on a Page) as a picture: the page as the PDF prints it (the same HTML laid out by
/// Chromium for print on A4, inside the same margins as the report's <c>@page</c> rule), drawn at twice its CSS size
/// (1588 by 2246 pixels, 192 dots an inch) on white. Only the first page is drawn: a longer document is cut there, which
/// is why only one-page documents are offered as PNG. Chromium's running header and footer (the classification, the page
/// number) are not on it; the classification is on the page itself.
/// </summary>
internal sealed class PngReportRenderer(IChromium chromium, TimeProvider? clock = null) : IReportRenderer
{
    /// <summary>A4 at 96 CSS pixels an inch.</summary>
    public const int PageWidthPx = 794, PageHeightPx = 1123;

    public const double Scale = 2;

    private readonly HtmlReportRenderer _html = new(clock);

    public ReportFormat Format => ReportFormat.Png;

    public string ContentType => "image/png";

    public string Extension => ".png";

    public async Task RenderAsync(ReportDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        // The page's margins as report.css's @page gives them (18 mm top and bottom, 15 mm at the sides): in a screenshot
        // there is no page box, so the body carries them.
        var html = _html.Render(document).Replace("</head>", "<style>@media print { body { padding: 18mm 15mm; } }</style>\n</head>", StringComparison.Ordinal);
        var image = await chromium.CapturePageAsync(html, PageWidthPx, PageHeightPx, Scale, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(image.Png, cancellationToken).ConfigureAwait(false);
    }
}
