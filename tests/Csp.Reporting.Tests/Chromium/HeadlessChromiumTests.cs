using System.Diagnostics;
using System.Globalization;
using Csp.Chromium;
using Csp.Reporting.Tests.Support;
using Xunit.Abstractions;

namespace Csp.Reporting.Tests.Chromium;

/// <summary>Printing and drawing with one real Chromium shared by the class; PDFs are read back with poppler.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class HeadlessChromiumTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private static readonly PdfOptions Classified = new() { Header = "Part 1 - Public" };

    private HeadlessChromium Browser => chromium.Browser;

    [Fact]
    public async Task A_pdf_of_simple_html_holds_its_text_on_one_A4_page()
    {
        var pdf = await Browser.PrintPdfAsync(Page("<h1>Gravesham</h1><p>Total crime fell by 20.9% to 6,643.</p>"), PdfOptions.A4, default);

        using var file = PdfFile.Write(pdf);
        Assert.Equal(1, await file.PageCountAsync());
        var text = Assert.Single(await file.PageTextsAsync());
        Assert.Contains("Gravesham", text, StringComparison.Ordinal);
        Assert.Contains("Total crime fell by 20.9% to 6,643.", text, StringComparison.Ordinal);
        // A4 is 595.28 x 841.89 pt; Chromium rounds page sizes a little (to 595.92 x 841.92), which pdfinfo still calls A4.
        var size = (await file.InfoAsync())["Page size"];
        Assert.EndsWith("(A4)", size, StringComparison.Ordinal);
        Assert.InRange(PdfFile.Points(size, 0), 594.3, 596.3);
        Assert.InRange(PdfFile.Points(size, 2), 840.9, 842.9);
    }

    [Fact]
    public async Task Text_outside_ascii_survives_without_a_charset_declaration()
    {
        var pdf = await Browser.PrintPdfAsync("<p>Cost £1,250 – Gravesham’s café</p>", PdfOptions.A4, default);

        using var file = PdfFile.Write(pdf);
        Assert.Contains("Cost £1,250 – Gravesham’s café", Assert.Single(await file.PageTextsAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_has_the_classification_at_its_head_and_page_x_of_y_at_its_foot()
    {
        var html = Page("<p>First page</p><p style=\"break-before: page\">Second page</p><p style=\"break-before: page\">Third page</p>");

        var pdf = await Browser.PrintPdfAsync(html, Classified, default);

        using var file = PdfFile.Write(pdf);
        var pages = await file.PageTextsAsync();
        Assert.Equal(3, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var lines = pages[i].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal("Part 1 - Public", lines[0]);
            Assert.Equal($"Page {i + 1} of 3", lines[^1]);
        }
        Assert.Contains("Second page", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_header_or_footer_is_printed_when_none_is_asked_for()
    {
        var pdf = await Browser.PrintPdfAsync(Page("<p>Only this</p>"), new PdfOptions { Header = null, Footer = null }, default);

        using var file = PdfFile.Write(pdf);
        Assert.Equal("Only this", Assert.Single(await file.PageTextsAsync()).Trim());
    }

    [Fact]
    public async Task The_pdf_is_tagged_for_screen_readers_and_carries_the_title_given()
    {
        var pdf = await Browser.PrintPdfAsync(Page("<h1>Findings</h1><p>Text.</p>"), Classified with { Title = "Strategic Assessment 2025" }, default);

        using var file = PdfFile.Write(pdf);
        var info = await file.InfoAsync();
        Assert.Equal("Strategic Assessment 2025", info["Title"]);
        Assert.Equal("yes", info["Tagged"]);
    }

    [Fact]
    public async Task A_long_report_with_thirty_figures_paginates_with_every_page_numbered()
    {
        var html = LongReportHtml.Build();
        await Browser.PrintPdfAsync(Page("<p>warm</p>"), PdfOptions.A4, default); // the first print of a browser loads its fonts

        var stopwatch = Stopwatch.StartNew();
        var pdf = await Browser.PrintPdfAsync(html, Classified, default);
        var elapsed = stopwatch.Elapsed;

        using var file = PdfFile.Write(pdf);
        var pages = await file.PageTextsAsync();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Chromium started in {chromium.StartTime.TotalSeconds:F2} s; long report ({html.Length / 1024.0 / 1024.0:F1} MB of HTML) printed to {pages.Count} pages, {pdf.Length / 1024.0 / 1024.0:F1} MB of PDF, in {elapsed.TotalSeconds:F2} s"));
        Assert.InRange(pages.Count, 25, 80);
        Assert.All(pages.Select((text, i) => (text, i)), p => Assert.Contains($"Page {p.i + 1} of {pages.Count}", p.text, StringComparison.Ordinal));
        Assert.Contains("Figure 30. Rate per 1,000 residents by LSOA.", string.Concat(pages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_prints_at_once_both_succeed_each_with_its_own_page()
    {
        var first = Browser.PrintPdfAsync(Page("<p>Dartford</p>"), Classified, default);
        var second = Browser.PrintPdfAsync(Page("<p>Gravesham</p><p style=\"break-before: page\">more</p>"), Classified, default);

        var pdfs = await Task.WhenAll(first, second);

        using var one = PdfFile.Write(pdfs[0]);
        using var two = PdfFile.Write(pdfs[1]);
        Assert.Equal(1, await one.PageCountAsync());
        Assert.Equal(2, await two.PageCountAsync());
        Assert.Contains("Dartford", string.Concat(await one.PageTextsAsync()), StringComparison.Ordinal);
        Assert.Contains("Gravesham", string.Concat(await two.PageTextsAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_element_is_drawn_at_its_css_size_times_the_scale()
    {
        var images = await Browser.CaptureElementsAsync(
            Page("<div id=\"chart\" style=\"width:300px;height:200px;background:#1f4e79\"></div>"), ["chart"], 2, default);

        var image = Assert.Single(images);
        Assert.Equal((300, 200), (image.WidthPx, image.HeightPx));
        Assert.Equal((600, 400), PngPixels.Size(image.Png));
    }

    [Fact]
    public async Task Drawn_pixels_are_the_element_colour_to_its_edges_even_far_down_the_page()
    {
        var html = Page("""
            <div id="red" style="width:300px;height:200px;background:#ff0000"></div>
            <div style="height:5000px"></div>
            <div id="blue" style="width:150px;height:100px;background:#0000ff;margin-left:40px"></div>
            """);

        var images = await Browser.CaptureElementsAsync(html, ["red", "blue"], 2, default);

        var red = PngPixels.Decode(images[0].Png);
        Assert.Equal((600, 400), (red.Width, red.Height));
        Assert.Equal(((byte)255, (byte)0, (byte)0), red[300, 200]);
        Assert.Equal(((byte)255, (byte)0, (byte)0), red[0, 0]);
        Assert.Equal(((byte)255, (byte)0, (byte)0), red[599, 399]);
        var blue = PngPixels.Decode(images[1].Png);
        Assert.Equal((300, 200), (blue.Width, blue.Height));
        Assert.Equal(((byte)0, (byte)0, (byte)255), blue[150, 100]);
        Assert.Equal(((byte)0, (byte)0, (byte)255), blue[0, 0]);
        Assert.Equal(((byte)0, (byte)0, (byte)255), blue[299, 199]);
    }

    [Fact]
    public async Task A_figure_without_a_background_is_drawn_on_white()
    {
        var html = """
            <!DOCTYPE html><html><body style="margin:0">
            <svg id="figure" width="100" height="50"><rect x="40" y="20" width="20" height="10" fill="#00ff00"/></svg>
            </body></html>
            """;

        var image = PngPixels.Decode(Assert.Single(await Browser.CaptureElementsAsync(html, ["figure"], 1, default)).Png);

        Assert.Equal((100, 50), (image.Width, image.Height));
        Assert.Equal(((byte)255, (byte)255, (byte)255), image[5, 5]);
        Assert.Equal(((byte)0, (byte)255, (byte)0), image[50, 25]);
    }

    [Fact]
    public async Task Asking_for_elements_the_page_lacks_names_them()
    {
        var error = await Assert.ThrowsAsync<ChromiumException>(() =>
            Browser.CaptureElementsAsync(Page("<div id=\"map\" style=\"width:10px;height:10px\"></div>"), ["map", "figure-7", "figure-8"], 1, default));

        Assert.Contains("'figure-7', 'figure-8'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'map'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_thirty_figures_of_a_long_report_are_drawn_at_twice_their_size()
    {
        var html = LongReportHtml.Build();

        var stopwatch = Stopwatch.StartNew();
        var images = await Browser.CaptureElementsAsync(html, LongReportHtml.FigureIds, 2, default);
        var elapsed = stopwatch.Elapsed;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{images.Count} figures drawn at 2x in {elapsed.TotalSeconds:F2} s, {images.Sum(i => i.Png.Length) / 1024.0 / 1024.0:F1} MB of PNG"));
        Assert.Equal(LongReportHtml.Sections, images.Count);
        for (var s = 1; s <= LongReportHtml.Sections; s++)
        {
            var image = images[s - 1];
            // A figure is its SVG plus the caption under it.
            Assert.Equal(LongReportHtml.IsMap(s) ? 480 : 720, image.WidthPx);
            Assert.Equal((image.WidthPx * 2, image.HeightPx * 2), PngPixels.Size(image.Png));
        }
    }

    [Fact]
    public async Task A_page_cannot_reach_the_network_nor_other_files_and_its_scripts_do_not_run()
    {
        using var server = new LocalServer();
        var html = Page($$"""
            <img src="http://example.com/logo.png">
            <img src="{{server.Url}}/pixel.png">
            <img src="file:///etc/hostname">
            <link rel="stylesheet" href="{{server.Url}}/style.css">
            <iframe src="{{server.Url}}/frame.html"></iframe>
            <p id="script">static text</p>
            <script>document.getElementById('script').textContent = 'a script ran';</script>
            """);

        var blocked = await Browser.LoadAndListBlockedAsync(html, default);
        var pdf = await Browser.PrintPdfAsync(html, PdfOptions.A4, default);

        Assert.Contains("http://example.com/logo.png", blocked);
        Assert.Contains($"{server.Url}/pixel.png", blocked);
        Assert.Contains($"{server.Url}/style.css", blocked);
        Assert.Contains("file:///etc/hostname", blocked);
        using var file = PdfFile.Write(pdf);
        Assert.Contains("static text", string.Concat(await file.PageTextsAsync()), StringComparison.Ordinal);
        Assert.False(await server.WasCalledAsync(), "a page connected to a server on this machine");
    }

    private static string Page(string body) =>
        $"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Test</title></head><body>{body}</body></html>";
}
