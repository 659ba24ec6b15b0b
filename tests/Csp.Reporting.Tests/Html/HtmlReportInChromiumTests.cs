using System.Text.RegularExpressions;
using Csp.Reporting.Figures;
using Csp.Reporting.Tests.Chromium;
using Csp.Reporting.Tests.Support;

namespace Csp.Reporting.Tests.Html;

/// <summary>The HTML report opened in the real (headless) Chromium, as a reader's browser opens it.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class HtmlReportInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task The_page_asks_for_nothing_beyond_itself()
    {
        var html = HtmlReportRendererTests.Render(FullAssessment.Build());
        Assert.Empty(await chromium.Browser.LoadAndListBlockedAsync(html, CancellationToken.None));
    }

    [Fact]
    public async Task Every_chart_and_map_has_room_for_its_drawing_caption_and_source()
    {
        var report = GraveshamReport.Build();
        var html = HtmlReportRendererTests.Render(report);
        var ids = Regex.Matches(html, "<div class=\"drawing\"").Count;
        Assert.Equal(report.Figures().Count(), ids);
        // The figure blocks carry ids "figure-..." on the <figure>; the drawing inside is the SVG at its own size.
        var figureIds = report.Figures().Select(f => "figure-" + f.Id).ToList();
        var images = await chromium.Browser.CaptureElementsAsync(html, figureIds, 1, CancellationToken.None);
        foreach (var (figure, image) in report.Figures().Zip(images))
        {
            var svg = FigureSvg.Of(figure);
            // The figure spans the text column (64rem at most); the drawing inside is never squeezed below its own width on a laptop screen.
            Assert.InRange(image.WidthPx, svg.Width, 1024);
            Assert.True(image.HeightPx > svg.Height, $"{figure.Id}: the caption, drawing and source line stack up ({image.HeightPx} px)");
        }
    }
}
