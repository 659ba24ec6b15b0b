using Csp.Core.Reports;
using Csp.Reporting.Pdf;
using Csp.Reporting.Tests.Chromium;
using Csp.Reporting.Tests.Support;

namespace Csp.Reporting.Tests.Pdf;

/// <summary>The Gravesham report printed to PDF by the real Chromium, read back by poppler.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PdfReportRendererTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private async Task<PdfFile> RenderAsync(ReportDocument report)
    {
        using var output = new MemoryStream();
        await new PdfReportRenderer(chromium.Browser, new FixedClock(new DateTimeOffset(2025, 10, 14, 9, 0, 0, TimeSpan.Zero))).RenderAsync(report, output, CancellationToken.None);
        var file = PdfFile.Write(output.ToArray());
        if (Environment.GetEnvironmentVariable("CSP_REPORT_OUTPUT") is { Length: > 0 }) File.Copy(file.Path, Path.Combine(ReportOutput.Folder("pdf"), report.Kind + ".pdf"), true);
        return file;
    }

    [Fact]
    public async Task The_figures_print_as_the_report_model_writes_them()
    {
        using var pdf = await RenderAsync(GraveshamReport.Build());
        var text = string.Join("\n", await pdf.PageTextsAsync());
        Assert.Matches(@"Total crime\s+8,401\s+6,643\s+-1,758\s+-20\.9%\s+62\.10", text);
        Assert.Matches(@"Possession of weapons\s+0\s+41\s+\+41\s+-\s+0\.38", text);
        Assert.Matches(@"Bicycle theft\s+\*\s+14\s+\*\s+\*\s+0\.13", text);
        Assert.Matches(@"Kent\s+118,540\s+109,877\s+-8,663\s+-7\.3%\s+69\.71", text);
        // The charts are vector drawings in the PDF: their labels are text.
        Assert.Contains("Kent average 69.71", text, StringComparison.Ordinal);
        Assert.Contains("100.00 and above", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_carries_the_classification_and_its_number_of_the_total()
    {
        using var pdf = await RenderAsync(GraveshamReport.Build());
        var pages = await pdf.PageTextsAsync();
        Assert.True(pages.Count >= 2, "the appendix table runs over a page");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains("Classification: Part 1 - Public", pages[i], StringComparison.Ordinal);
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_PDF_is_A4_tagged_and_titled_with_the_report()
    {
        using var pdf = await RenderAsync(GraveshamReport.Build());
        var info = await pdf.InfoAsync();
        Assert.Equal(GraveshamReport.Title, info["Title"]);
        Assert.Equal("yes", info["Tagged"]);
        Assert.Contains("(A4)", info["Page size"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restricted_report_says_so_on_every_page()
    {
        using var pdf = await RenderAsync(GraveshamReport.Build(Classification.Restricted()));
        Assert.All(await pdf.PageTextsAsync(), page => Assert.Contains("Part 2 - Restricted", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Poppler_draws_the_pages_with_the_charts_on_them()
    {
        using var pdf = await RenderAsync(GraveshamReport.Build());
        var pngs = await OfficeTools.RenderPagesAsync(pdf.Path, 1, 2);
        Assert.Equal(2, pngs.Count);
        Assert.All(pngs, png => Assert.True(new FileInfo(png).Length > 10_000, $"{png} should be a drawn page"));
    }

    [Fact]
    public async Task A_report_with_a_twelve_column_table_prints_its_text_at_full_size()
    {
        // The stylesheet prints at 10 pt; Liberation Sans's letters span 1.117 em from descent to ascent, so a word's
        // box is 11.2 pt high at full size. A table wider than the page made Chromium shrink every page (to 7.4 pt boxes).
        using var pdf = await RenderAsync(WideTable.InReport());
        var heights = await WordHeightsAsync(pdf.Path, "annual");
        Assert.NotEmpty(heights);
        Assert.All(heights, h => Assert.InRange(h, 10.9, 11.5));
    }

    /// <summary>The heights (points) of every occurrence of a word, from poppler's pdftotext -bbox.</summary>
    private static async Task<IReadOnlyList<double>> WordHeightsAsync(string pdf, string word)
    {
        var html = Path.ChangeExtension(pdf, ".bbox.html");
        var (code, output) = await OfficeTools.RunAsync("pdftotext", ["-bbox", pdf, html], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, $"pdftotext -bbox failed: {output}");
        return System.Text.RegularExpressions.Regex.Matches(await File.ReadAllTextAsync(html), "<word xMin=\"[^\"]+\" yMin=\"([^\"]+)\" xMax=\"[^\"]+\" yMax=\"([^\"]+)\">" + word + "</word>")
            .Select(m => double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }
}
