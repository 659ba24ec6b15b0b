using Csp.Core.Reports;
using Csp.Reporting.Figures;
using Csp.Reporting.Rendering;
using Csp.Reporting.Tests.Chromium;
using Csp.Reporting.Tests.Support;

namespace Csp.Reporting.Tests.Figures;

/// <summary>
/// The charts and maps drawn as pictures for Word by Skia: one PNG per figure at its scale, with the drawing on it, and
/// the same picture the browser draws from the same SVG (the web page and the PDF are Chromium's drawing).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class SkiaFigureRasterizerTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Every_figure_becomes_a_png_of_its_drawn_size_at_one_and_a_half_times_the_scale()
    {
        var figures = FullAssessment.Build().Figures().Concat(GraveshamReport.Build().Figures()).DistinctBy(f => f.Id).ToList();
        var images = await new SkiaFigureRasterizer().RasterizeAsync(figures, CancellationToken.None);

        Assert.Equal(figures.Select(f => f.Id).Order(), images.Keys.Order());
        foreach (var figure in figures)
        {
            var svg = FigureSvg.Of(figure);
            var image = images[figure.Id];
            Assert.Equal((svg.Width, svg.Height), (image.WidthPx, image.HeightPx));
            Assert.Equal(((int)Math.Round(svg.Width * SkiaFigureRasterizer.Scale), (int)Math.Round(svg.Height * SkiaFigureRasterizer.Scale)), PngPixels.Size(image.Png));
        }
    }

    [Fact]
    public async Task The_highlighted_bar_of_the_rank_chart_is_drawn_in_the_highlight_colour()
    {
        var chart = GraveshamReport.Build().Figures().OfType<ChartBlock>().Single(c => c.Id == "rates-by-district");
        var pixels = PngPixels.Decode((await new SkiaFigureRasterizer().RasterizeAsync([chart], CancellationToken.None))[chart.Id].Png);
        // Gravesham is the third of five bars: its row is vermilion (#d55e00) somewhere, the other bars are light blue.
        Assert.True(Count(pixels, (r, g, b) => Math.Abs(r - 0xd5) < 8 && Math.Abs(g - 0x5e) < 8 && b < 8) > 1000, "expected the highlighted bar in vermilion");
        Assert.True(Count(pixels, (r, g, b) => Math.Abs(r - 0x9c) < 8 && Math.Abs(g - 0xb8) < 8 && Math.Abs(b - 0xd3) < 8) > 4000, "expected the other bars in light blue");
    }

    [Fact]
    public async Task A_withheld_area_is_hatched_in_grey_on_white()
    {
        var map = GraveshamReport.Build().Figures().OfType<MapBlock>().Single();
        var pixels = PngPixels.Decode((await new SkiaFigureRasterizer().RasterizeAsync([map], CancellationToken.None))[map.Id].Png);
        // The hatch's stripes (#8a8a8a) fill the withheld ward and the legend's swatch.
        Assert.True(Count(pixels, (r, g, b) => Math.Abs(r - 0x8a) < 6 && r == g && g == b) > 200, "expected grey hatching");
    }

    /// <summary>
    /// Word shows Skia's drawing and the PDF Chromium's, of the same SVG: each kind of figure is compared pixel by pixel.
    /// Both are Skia underneath: a few pixels of a figure differ by more than a shade (0.002%: letters' edges, where
    /// Chromium shapes with HarfBuzz and the system's Liberation Sans may be an older version than the bundled one). A
    /// chart without its words differs in over 1%, so the bar at 0.1% sees a missing label or mark.
    /// </summary>
    [Fact]
    public async Task Each_kind_of_figure_looks_as_Chromium_draws_it()
    {
        var full = FullAssessment.Build().Figures().ToList();
        List<FigureBlock> figures =
        [
            .. full.OfType<ChartBlock>().GroupBy(c => c.Chart.Kind).Select(g => (FigureBlock)g.First()),
            .. full.OfType<MapBlock>().Take(1),
            .. GraveshamReport.Build().Figures(),
        ];
        var drawings = figures.Select(FigureSvg.Of).ToList();
        // One page per figure, drawn at the page's top left: at 1.5 times, a figure lower on a page can sit half a device
        // pixel down, and every edge would differ by that half pixel.
        var browser = new List<FigureImage>();
        foreach (var drawing in drawings)
        {
            var page = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Figure</title>" +
                "<style>body{margin:0;background:#fff}div{width:fit-content}svg{display:block}</style></head><body><div id=\"f\">" + drawing.Markup + "</div></body></html>";
            var captured = (await chromium.Browser.CaptureElementsAsync(page, ["f"], SkiaFigureRasterizer.Scale, CancellationToken.None)).Single();
            browser.Add(new FigureImage(captured.Png, captured.WidthPx, captured.HeightPx));
        }

        for (var i = 0; i < drawings.Count; i++)
        {
            var share = Differing(SkiaFigureRasterizer.Draw(drawings[i]), browser[i]);
            Assert.True(share < 0.001, $"{figures[i].Id}: {share:P3} of the pixels differ from Chromium's drawing by more than a shade");
        }
        // And the measure sees what matters: the same chart without its words is far from Chromium's.
        var bars = drawings.FindIndex(d => d.Markup.Contains("<rect", StringComparison.Ordinal) && d.Markup.Contains("Gravesham", StringComparison.Ordinal));
        var wordless = drawings[bars] with { Markup = System.Text.RegularExpressions.Regex.Replace(drawings[bars].Markup, "<text[^>]*>[^<]*</text>", "") };
        var without = Differing(SkiaFigureRasterizer.Draw(wordless), browser[bars]);
        Assert.True(without > 0.01, $"without its words the chart differs in only {without:P2} of its pixels");
    }

    /// <summary>The share of pixels whose colour differs by more than 96 of 255 in a channel.</summary>
    private static double Differing(FigureImage a, FigureImage b)
    {
        var (ours, theirs) = (PngPixels.Decode(a.Png), PngPixels.Decode(b.Png));
        Assert.Equal((theirs.Width, theirs.Height), (ours.Width, ours.Height));
        var differing = ours.All().Zip(theirs.All()).Count(p =>
            Math.Max(Math.Abs(p.First.R - p.Second.R), Math.Max(Math.Abs(p.First.G - p.Second.G), Math.Abs(p.First.B - p.Second.B))) > 96);
        return (double)differing / (ours.Width * ours.Height);
    }

    [Fact]
    public void A_mark_the_painter_does_not_know_is_refused_by_name()
    {
        var svg = new FigureSvg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><ellipse cx=\"5\" cy=\"5\" rx=\"4\" ry=\"2\"/></svg>", 10, 10);
        var refused = Assert.Throws<NotSupportedException>(() => SkiaFigureRasterizer.Draw(svg));
        Assert.Contains("<ellipse>", refused.Message, StringComparison.Ordinal);

        var attribute = new FigureSvg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"4\" height=\"4\" opacity=\"0.5\"/></svg>", 10, 10);
        Assert.Contains("'opacity' of <rect>", Assert.Throws<NotSupportedException>(() => SkiaFigureRasterizer.Draw(attribute)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Letters_are_drawn_in_the_bundled_font_rotated_and_anchored_as_the_svg_says()
    {
        // "Month" rotated a quarter turn about its anchor, ending at x = 60: its ink is a tall narrow column left of x = 60.
        var svg = new FigureSvg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"120\">" +
            "<text x=\"60\" y=\"60\" font-size=\"20\" text-anchor=\"end\" fill=\"#000000\" transform=\"rotate(-90 60 60)\">Month</text></svg>", 120, 120);
        var pixels = PngPixels.Decode(SkiaFigureRasterizer.Draw(svg).Png);
        var ink = pixels.All().Where(p => p.R <= 128).ToList();
        var (minX, maxX, minY, maxY) = (ink.Min(p => p.X), ink.Max(p => p.X), ink.Min(p => p.Y), ink.Max(p => p.Y));
        var scale = SkiaFigureRasterizer.Scale;
        // Rotated -90 degrees about (60, 60): the run reads up the page from y = 60 + its width (about 57) to y = 60, and
        // the capitals (about 14 high) stand left of x = 60.
        Assert.InRange(maxX, 45 * scale, 61 * scale);
        Assert.InRange(minX, 40 * scale, 58 * scale);
        Assert.InRange(minY, 59 * scale, 62 * scale);
        Assert.InRange(maxY - minY, 50 * scale, 75 * scale);
    }

    [Fact]
    public async Task No_figures_no_pictures()
    {
        Assert.Empty(await new SkiaFigureRasterizer().RasterizeAsync([], CancellationToken.None));
    }

    private static int Count(PngPixels pixels, Func<byte, byte, byte, bool> match) => pixels.All().Count(p => match(p.R, p.G, p.B));
}
