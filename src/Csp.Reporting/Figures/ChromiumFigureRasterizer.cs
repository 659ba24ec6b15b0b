using System.Globalization;
using System.Text;
using Csp.Core.Reports;
using Csp.Reporting.Chromium;
using Csp.Reporting.Rendering;

namespace Csp.Reporting.Figures;

/// <summary>
/// Draws the report's charts and maps as PNG for Word: the same SVG the web page and the PDF show, put on one page and
/// captured by Chromium at twice the CSS size (sharp when printed), each with its size in CSS pixels.
/// </summary>
public sealed class ChromiumFigureRasterizer(IChromium chromium) : IFigureRasterizer
{
    /// <summary>Device pixels per CSS pixel: 2 gives about 190 dpi across the text width of an A4 page.</summary>
    public const double Scale = 2;

    public async Task<IReadOnlyDictionary<string, FigureImage>> RasterizeAsync(IReadOnlyList<FigureBlock> figures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Count == 0) return new Dictionary<string, FigureImage>();
        var page = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Figures</title>")
            .Append("<style>body{margin:0;background:#fff}div.figure{display:inline-block;margin:0 0 8px}svg{display:block}</style></head><body>");
        var ids = new List<string>();
        for (var i = 0; i < figures.Count; i++)
        {
            var id = "figure-" + i.ToString(CultureInfo.InvariantCulture);
            ids.Add(id);
            page.Append("<div class=\"figure\" id=\"").Append(id).Append("\">").Append(FigureSvg.Of(figures[i]).Markup).Append("</div><br>");
        }
        page.Append("</body></html>");
        var images = await chromium.CaptureElementsAsync(page.ToString(), ids, Scale, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, FigureImage>(StringComparer.Ordinal);
        for (var i = 0; i < figures.Count; i++) result[figures[i].Id] = images[i];
        return result;
    }
}
