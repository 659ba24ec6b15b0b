using Csp.Core.Reports;
using Csp.Reporting.Figures;
using Csp.Reporting.Tests.Chromium;
using Csp.Reporting.Tests.Support;

namespace Csp.Reporting.Tests.Figures;

/// <summary>The charts and maps drawn as pictures for Word by the real Chromium: one PNG per figure, at its scale, with the drawing on it.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ChromiumFigureRasterizerTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Every_figure_becomes_a_png_of_its_drawn_size_at_twice_the_scale()
    {
        var figures = GraveshamReport.Build().Figures().ToList();
        var images = await new ChromiumFigureRasterizer(chromium.Browser).RasterizeAsync(figures, CancellationToken.None);

        Assert.Equal(figures.Select(f => f.Id).Order(), images.Keys.Order());
        foreach (var figure in figures)
        {
            var svg = FigureSvg.Of(figure);
            var image = images[figure.Id];
            Assert.Equal((svg.Width, svg.Height), (image.WidthPx, image.HeightPx));
            Assert.Equal(((int)Math.Round(svg.Width * ChromiumFigureRasterizer.Scale), (int)Math.Round(svg.Height * ChromiumFigureRasterizer.Scale)), PngPixels.Size(image.Png));
        }
    }

    [Fact]
    public async Task The_highlighted_bar_of_the_rank_chart_is_drawn_in_the_highlight_colour()
    {
        var chart = GraveshamReport.Build().Figures().OfType<ChartBlock>().Single(c => c.Id == "rates-by-district");
        var image = (await new ChromiumFigureRasterizer(chromium.Browser).RasterizeAsync([chart], CancellationToken.None))[chart.Id];
        var pixels = PngPixels.Decode(image.Png);
        // Gravesham is the third of five bars: its row is vermilion (#d55e00) somewhere, the other bars are light blue.
        var vermilion = 0;
        for (var y = 0; y < pixels.Height; y++)
        {
            for (var x = 0; x < pixels.Width; x++)
            {
                var (r, g, b) = pixels[x, y];
                if (Math.Abs(r - 0xd5) < 8 && Math.Abs(g - 0x5e) < 8 && b < 8) vermilion++;
            }
        }
        Assert.True(vermilion > 1000, $"expected the highlighted bar in vermilion, found {vermilion} pixels");
    }

    [Fact]
    public async Task No_figures_need_no_browser()
    {
        Assert.Empty(await new ChromiumFigureRasterizer(chromium.Browser).RasterizeAsync([], CancellationToken.None));
    }
}
