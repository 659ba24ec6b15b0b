using Csp.Core.Reports;
using Csp.Reporting.Docx;
using Csp.Reporting.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Csp.Reporting.Tests.Docx;

public sealed class DocxReportRendererTests
{
    internal static async Task<byte[]> RenderAsync(ReportDocument report, TestPngRasterizer? rasterizer = null)
    {
        var renderer = new DocxReportRenderer(rasterizer ?? new TestPngRasterizer(), new FixedClock(new DateTimeOffset(2025, 10, 14, 9, 30, 0, TimeSpan.Zero)));
        using var output = new MemoryStream();
        await renderer.RenderAsync(report, output, CancellationToken.None);
        return output.ToArray();
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public async Task The_document_passes_the_Open_XML_validator_with_no_errors()
    {
        using var doc = Open(await RenderAsync(GraveshamReport.Build()));
        Assert.Empty(OpenXmlChecks.Errors(doc));
    }

    [Fact]
    public async Task Every_figure_is_drawn_in_one_call_and_embedded_as_a_PNG_with_its_alternative_text()
    {
        var report = GraveshamReport.Build();
        var rasterizer = new TestPngRasterizer();
        using var doc = Open(await RenderAsync(report, rasterizer));

        var call = Assert.Single(rasterizer.Calls);
        Assert.Equal(["rates-by-district", "ward-rates"], call.Select(f => f.Id));
        var pictures = doc.MainDocumentPart!.Document.Descendants<DW.DocProperties>().ToList();
        Assert.Equal(report.Figures().Select(f => f.AltText), pictures.Select(p => p.Description?.Value));
        Assert.Equal(2, doc.MainDocumentPart.ImageParts.Count());
        Assert.All(doc.MainDocumentPart.ImageParts, p => Assert.Equal("image/png", p.ContentType));

        // Across the text width (A4's 11,906 twips less two 1,134 margins = 9,638 twips of 635 EMU) at the chart's 720 x 400.
        var chart = doc.MainDocumentPart.Document.Descendants<DW.Extent>().First();
        Assert.Equal(6_120_130L, chart.Cx!.Value);
        Assert.Equal(3_400_072L, chart.Cy!.Value);
    }

    [Fact]
    public async Task Headings_carry_outline_levels_and_sections_and_paragraphs_keep_their_numbers()
    {
        using var doc = Open(await RenderAsync(GraveshamReport.Build()));
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Contains("Arial", styles.Keys.Count > 0 ? doc.MainDocumentPart.StyleDefinitionsPart.Styles.DocDefaults!.InnerXml : "");

        var paragraphs = doc.MainDocumentPart.Document.Body!.Elements<Paragraph>().ToList();
        var headings = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["1.Introduction", "2.Strategic Assessment 2025: recorded crime", "3.Where crime happens", "Appendix: crime by neighbourhood", "Data sources"], headings);
        Assert.Contains(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val == "NumberedParagraph" && p.InnerText.StartsWith("2.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tables_repeat_their_header_row_and_right_align_the_figures()
    {
        using var doc = Open(await RenderAsync(GraveshamReport.Build()));
        var table = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Single(t => t.Descendants<TableCaption>().Any(c => c.Val == "Strategic Assessment 2025: Gravesham crime by category"));
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(GraveshamReport.Headers, rows[0].Elements<TableCell>().Select(c => c.InnerText));

        var total = rows[1].Elements<TableCell>().ToList();
        Assert.Equal(["Total crime", "8,401", "6,643", "-\u20601,758", "-\u206020.9%", "62.10"], total.Select(c => c.InnerText));
        Assert.All(total.Skip(1), c => Assert.Equal(JustificationValues.Right, c.Descendants<Justification>().Single().Val!.Value));
        Assert.All(total, c => Assert.NotNull(c.Descendants<Bold>().FirstOrDefault()));
        Assert.Equal("*", rows[8].Elements<TableCell>().ElementAt(1).InnerText);
    }

    [Fact]
    public async Task The_classification_heads_every_page_after_the_cover_and_the_footer_counts_pages()
    {
        using var doc = Open(await RenderAsync(GraveshamReport.Build(Classification.Restricted())));
        var main = doc.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var pageSize = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (pageSize.Width!.Value, pageSize.Height!.Value));

        var defaultHeader = (HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(r => r.Type! == HeaderFooterValues.Default).Id!);
        Assert.Equal("Classification: Part 2 - Restricted: not for publication", defaultHeader.Header!.InnerText);
        var footer = (FooterPart)main.GetPartById(section.Elements<FooterReference>().Single(r => r.Type! == HeaderFooterValues.Default).Id!);
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Footer!.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
        Assert.StartsWith("Classification: Part 2 - Restricted", main.Document.Body.Elements<Paragraph>().First().InnerText);
    }

    [Fact]
    public async Task The_core_properties_carry_the_title_and_the_creation_time()
    {
        using var doc = Open(await RenderAsync(GraveshamReport.Build()));
        Assert.Equal(GraveshamReport.Title, doc.PackageProperties.Title);
        Assert.Equal(new DateTime(2025, 10, 14, 9, 30, 0, DateTimeKind.Utc), doc.PackageProperties.Created!.Value.ToUniversalTime());
    }

    [Fact]
    public async Task Each_numbered_list_counts_from_one()
    {
        var report = GraveshamReport.Build() with { Summary = [new ListBlock(["a", "b"], Numbered: true), new ListBlock(["c"], Numbered: true)] };
        using var doc = Open(await RenderAsync(report));
        var lists = doc.MainDocumentPart!.Document.Descendants<NumberingId>().Select(n => n.Val!.Value).Distinct().ToList();
        Assert.Equal(3, lists.Count); // two numbered lists; the bullets of section 2 and of the sources share the third
        var numbering = doc.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;
        var restarted = numbering.Elements<NumberingInstance>().Where(n => n.Descendants<StartOverrideNumberingValue>().Any()).Select(n => n.NumberID!.Value);
        Assert.Equal(lists.Take(2), restarted);
        Assert.Empty(OpenXmlChecks.Errors(doc));
    }

    [Fact]
    public async Task Control_characters_in_the_text_are_dropped_so_the_file_stays_valid()
    {
        var report = GraveshamReport.Build() with { Title = "Assessment\u0001 2025\u000B" };
        using var doc = Open(await RenderAsync(report));
        Assert.Empty(OpenXmlChecks.Errors(doc));
        Assert.Equal("Assessment 2025", doc.PackageProperties.Title);
    }

    [Fact]
    public async Task A_report_with_nothing_but_a_title_or_with_empty_tables_is_still_a_valid_document()
    {
        using var bare = Open(await RenderAsync(EdgeReports.TitleOnly()));
        Assert.Empty(OpenXmlChecks.Errors(bare));

        var rasterizer = new TestPngRasterizer();
        using var empty = Open(await RenderAsync(EdgeReports.EmptyTables(), rasterizer));
        Assert.Empty(OpenXmlChecks.Errors(empty));
        // "1." is not doubled into "1..".
        Assert.Contains(empty.MainDocumentPart!.Document.Body!.Elements<Paragraph>(), p => p.InnerText == "1.Empty tables");
        Assert.Single(empty.MainDocumentPart.Document.Body.Elements<Table>());
    }
}
