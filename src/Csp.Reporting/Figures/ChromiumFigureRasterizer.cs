using System.Globalization;
using System.Text;
using Csp.Core.Reports;
using Csp.Reporting.Chromium;
using Csp.Reporting.Rendering;

namespace Csp.Reporting.Figures;

/// <summary>
/// Draws the report's charts and maps as PNG for Word: the same SVG the web page and the PDF show, captured by Chromium at
/// 1.5 times the CSS size (about 170 dpi across the text width of an A4 page: sharp in print), each with its size in CSS
/// pixels. The figures are shared between tabs, one per core (Chromium draws each tab in its own renderer process).
/// </summary>
public sealed class ChromiumFigureRasterizer(IChromium chromium) : IFigureRasterizer
{
    /// <summary>Device pixels per CSS pixel: 1.5 gives about 170 dpi across the text width of an A4 page.</summary>
    public const double Scale = 1.5;

    public async Task<IReadOnlyDictionary<string, FigureImage>> RasterizeAsync(IReadOnlyList<FigureBlock> figures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Count == 0) return new Dictionary<string, FigureImage>();
        var drawings = figures.Select(FigureSvg.Of).ToList();
        // Balanced by area (what Chromium draws and encodes), largest first into the lightest group.
        var tabs = Math.Clamp(Environment.ProcessorCount, 1, Math.Min(4, figures.Count));
        var groups = Enumerable.Range(0, tabs).Select(_ => new List<int>()).ToList();
        var load = new double[tabs];
        foreach (var i in Enumerable.Range(0, figures.Count).OrderByDescending(i => (double)drawings[i].Width * drawings[i].Height))
        {
            var g = Array.IndexOf(load, load.Min());
            groups[g].Add(i);
            load[g] += (double)drawings[i].Width * drawings[i].Height;
        }
        var captured = await Task.WhenAll(groups.Where(g => g.Count > 0).Select(async group =>
        {
            var ids = group.Select(i => "figure-" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            var images = await chromium.CaptureElementsAsync(Page(group, drawings), ids, Scale, cancellationToken).ConfigureAwait(false);
            return group.Zip(images);
        })).ConfigureAwait(false);
        return captured.SelectMany(g => g).ToDictionary(x => figures[x.First].Id, x => x.Second, StringComparer.Ordinal);
    }

    private static string Page(List<int> group, List<FigureSvg> drawings)
    {
        var page = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Figures</title>")
            .Append("<style>body{margin:0;background:#fff}div.figure{width:fit-content;margin:0 0 8px}svg{display:block}</style></head><body>");
        foreach (var i in group)
        {
            page.Append("<div class=\"figure\" id=\"figure-").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(drawings[i].Markup).Append("</div>");
        }
        return page.Append("</body></html>").ToString();
    }
}
