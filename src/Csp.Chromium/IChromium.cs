
namespace Csp.Chromium;

/// <summary>
/// A headless Chromium that prints HTML to PDF and draws parts of a page as PNG. <see cref="HeadlessChromium"/> is one
/// browser owned by its caller (a CLI command); <see cref="SharedChromium"/> is the long-lived one of a web app. Each call
/// opens its own tab, so calls may run concurrently. Pages never reach the network: every request other than the page
/// itself is refused.
/// </summary>
public interface IChromium
{
    /// <summary>
    /// Loads the HTML (self-contained: inline SVG, data: URIs), waits for its load event and fonts, and prints it.
    /// </summary>
    Task<byte[]> PrintPdfAsync(string html, PdfOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// Loads the HTML and draws each element named by id as a PNG on white, at <paramref name="deviceScaleFactor"/> device
    /// pixels per CSS pixel (2 for print). The results are in the order of <paramref name="elementIds"/>; each gives its
    /// size in whole CSS pixels, so the PNG is that size times the scale.
    /// </summary>
    Task<IReadOnlyList<CapturedImage>> CaptureElementsAsync(string html, IReadOnlyList<string> elementIds, double deviceScaleFactor,
        CancellationToken cancellationToken);

    /// <summary>
    /// Lays the HTML out for print (print media) in a viewport of one page, <paramref name="widthPx"/> by
    /// <paramref name="heightPx"/> CSS pixels (A4 is 794 by 1123), and draws that page as a PNG on white: a picture of a
    /// one-page document (Strategy on a Page). What falls below the page is not drawn.
    /// </summary>
    Task<CapturedImage> CapturePageAsync(string html, int widthPx, int heightPx, double deviceScaleFactor, CancellationToken cancellationToken);
}
