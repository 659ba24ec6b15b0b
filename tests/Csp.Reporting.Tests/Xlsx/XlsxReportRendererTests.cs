using Csp.Core.Reports;
using Csp.Reporting.Tests.Support;
using Csp.Reporting.Xlsx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using CellFormat = Csp.Core.Reports.CellFormat;
using ExcelCellFormat = DocumentFormat.OpenXml.Spreadsheet.CellFormat;

namespace Csp.Reporting.Tests.Xlsx;

public sealed class XlsxReportRendererTests
{
    private const string CategorySheet = "Gravesham crime by category";

    internal static async Task<byte[]> RenderAsync(ReportDocument report)
    {
        var renderer = new XlsxReportRenderer(new FixedClock(new DateTimeOffset(2025, 10, 14, 9, 30, 0, TimeSpan.Zero)));
        using var output = new MemoryStream();
        await renderer.RenderAsync(report, output, CancellationToken.None);
        return output.ToArray();
    }

    private static async Task<SpreadsheetDocument> OpenAsync(ReportDocument? report = null) =>
        SpreadsheetDocument.Open(new MemoryStream(await RenderAsync(report ?? GraveshamReport.Build())), false);

    private static Worksheet Sheet(SpreadsheetDocument doc, string name)
    {
        var workbook = doc.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private static Cell Cell(Worksheet sheet, string reference) =>
        sheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    /// <summary>A cell as Excel shows its content: the shared string it points to, or its value.</summary>
    private static string Content(SpreadsheetDocument doc, Cell cell) =>
        cell.DataType?.Value == CellValues.SharedString
            ? doc.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text)).InnerText
            : cell.CellValue?.Text ?? "";

    private static string NumberFormat(SpreadsheetDocument doc, Cell cell)
    {
        var stylesheet = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<ExcelCellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId!.Value;
        return id == 0 ? "General" : stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == id).FormatCode!.Value!;
    }

    [Fact]
    public async Task The_workbook_passes_the_Open_XML_validator_with_no_errors()
    {
        using var doc = await OpenAsync();
        Assert.Empty(OpenXmlChecks.Errors(doc));
    }

    [Fact]
    public async Task There_is_a_contents_sheet_a_sheet_per_table_and_figure_and_a_notes_sheet_in_reading_order()
    {
        using var doc = await OpenAsync();
        var names = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        // "Total crime: Dartford, Gravesham and Kent" loses its colon (not allowed) and is cut to 31 characters.
        Assert.Equal(["Contents", CategorySheet, "Significance", "Total crime Dartford, Gravesham", "rates-by-district", "ward-rates", "Crime by LSOA", "Notes and sources"], names);

        var contents = Sheet(doc, "Contents");
        var links = contents.Descendants<Hyperlink>().Select(h => h.Location!.Value).ToList();
        Assert.Equal(names.Skip(1).Select(n => $"'{n}'!A1"), links);
        Assert.Equal(GraveshamReport.Title, Content(doc, Cell(contents, "A1")));
        Assert.Contains(contents.Descendants<Cell>(), c => Content(doc, c) == "Classification: Part 1 - Public");
    }

    [Fact]
    public async Task Figures_are_numbers_with_the_report_number_formats_and_suppressed_cells_are_the_text_star()
    {
        using var doc = await OpenAsync();
        var sheet = Sheet(doc, CategorySheet);
        Assert.Equal("Strategic Assessment 2025: Gravesham crime by category", Content(doc, Cell(sheet, "A1")));
        Assert.Equal(GraveshamReport.Headers, GraveshamReport.Headers.Select((_, i) => Content(doc, Cell(sheet, $"{(char)('A' + i)}2"))));

        // Row 3 is Total crime: every figure a number (no t="s" or t="str"), in the format CellText names for its column.
        var expected = new (string Ref, string Value, CellFormat Format)[]
        {
            ("B3", "8401", CellFormat.Count), ("C3", "6643", CellFormat.Count), ("D3", "-1758", CellFormat.SignedCount),
            ("E3", "-20.9", CellFormat.PercentChange), ("F3", "62.1", CellFormat.Rate),
        };
        foreach (var (reference, value, format) in expected)
        {
            var cell = Cell(sheet, reference);
            Assert.Null(cell.DataType);
            Assert.Equal(value, cell.CellValue!.Text);
            Assert.Equal(CellText.ExcelFormatCode(format), NumberFormat(doc, cell));
        }

        // Row 10 is Bicycle theft: 2022 count, change and % change withheld.
        Assert.Equal(["Bicycle theft", "*", "14", "*", "*", "0.13"], "ABCDEF".Select(c => Content(doc, Cell(sheet, $"{c}10"))));
        Assert.Equal(CellValues.SharedString, Cell(sheet, "B10").DataType!.Value);
        // Possession of weapons (row 9) has no % change: a dash, not a zero.
        Assert.Equal("-", Content(doc, Cell(sheet, "E9")));
        // The table's notes follow it, the suppression note first.
        Assert.Equal(GraveshamReport.SuppressionNote, Content(doc, Cell(sheet, "A12")));
    }

    [Fact]
    public async Task The_caption_and_header_rows_are_frozen_and_the_header_has_an_autofilter()
    {
        using var doc = await OpenAsync();
        var sheet = Sheet(doc, CategorySheet);
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(2.0, pane.VerticalSplit!.Value);
        Assert.Equal("A3", pane.TopLeftCell!.Value);
        Assert.Equal("A2:F10", sheet.Elements<AutoFilter>().Single().Reference!.Value);

        var names = doc.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Where(n => n.LocalSheetId! == 1).ToDictionary(n => n.Name!.Value!, n => n.Text);
        Assert.Equal("'Gravesham crime by category'!$A$2:$F$10", names["_xlnm._FilterDatabase"]);
        Assert.Equal("'Gravesham crime by category'!$1:$2", names["_xlnm.Print_Titles"]);
    }

    [Fact]
    public async Task A_chart_sheet_holds_its_categories_and_series_as_numbers_and_a_map_sheet_its_areas()
    {
        using var doc = await OpenAsync();
        var chart = Sheet(doc, "rates-by-district");
        Assert.Equal(["District", "Jan-Sep 2025"], new[] { "A2", "B2" }.Select(r => Content(doc, Cell(chart, r))));
        Assert.Equal(["Gravesham", "62.1"], new[] { "A5", "B5" }.Select(r => Content(doc, Cell(chart, r))));
        Assert.Null(Cell(chart, "B5").DataType);
        Assert.Equal("#,##0.00", NumberFormat(doc, Cell(chart, "B5")));
        Assert.Contains(chart.Descendants<Cell>(), c => Content(doc, c) == "Kent average 69.71");

        var map = Sheet(doc, "ward-rates");
        Assert.Equal(["E05015600", "Central", "128.4"], new[] { "A3", "B3", "C3" }.Select(r => Content(doc, Cell(map, r))));
        Assert.Equal(["Shorne and Higham", "*"], new[] { "B6", "C6" }.Select(r => Content(doc, Cell(map, r))));
        Assert.Equal("Shading classes: below 40.00; 40.00 to 60.00; 60.00 to 80.00; 80.00 to 100.00; 100.00 and above.", Content(doc, Cell(map, "A8")));
    }

    [Fact]
    public async Task A_chart_sheet_carries_a_native_chart_drawn_from_its_cells()
    {
        using var doc = await OpenAsync();
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "rates-by-district");
        var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
        var chart = part.DrawingsPart!.ChartParts.Single().ChartSpace;

        var bars = chart.Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarDirectionValues.Bar, bars.BarDirection!.Val!.Value);
        var series = bars.Elements<C.BarChartSeries>().Single();
        Assert.Equal("'rates-by-district'!$A$3:$A$7", series.GetFirstChild<C.CategoryAxisData>()!.Descendants<C.Formula>().Single().Text);
        Assert.Equal("'rates-by-district'!$B$3:$B$7", series.GetFirstChild<C.Values>()!.Descendants<C.Formula>().Single().Text);
        Assert.Equal(["78.4", "75.03", "62.1", "60.2", "41.8"], series.GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Select(p => p.NumericValue!.Text));
        // Gravesham, the third district, is the highlighted bar.
        Assert.Equal(2u, series.Elements<C.DataPoint>().Single().Index!.Val!.Value);
        Assert.Contains(GraveshamReport.Build().Figures().First().AltText, part.DrawingsPart.WorksheetDrawing.OuterXml);
    }

    [Fact]
    public async Task The_notes_sheet_lists_the_sources_and_every_note()
    {
        using var doc = await OpenAsync();
        var sheet = Sheet(doc, "Notes and sources");
        var text = sheet.Descendants<Cell>().Select(c => Content(doc, c)).ToList();
        Assert.Contains("data.police.uk street-level crime, Kent Police", text);
        Assert.Contains("Jan 2022 - Sep 2022, Jan 2025 - Sep 2025", text);
        Assert.Contains("Police data for October to December 2025 was not yet published, so the assessment compares January to September only.", text);
        Assert.Contains(GraveshamReport.SuppressionNote, text);
        Assert.Contains("Warning", text);
    }

    [Fact]
    public async Task The_printed_pages_carry_the_classification()
    {
        using var doc = await OpenAsync(GraveshamReport.Build(Classification.Restricted()));
        var header = Sheet(doc, CategorySheet).Descendants<OddHeader>().Single().Text;
        Assert.EndsWith("Classification: Part 2 - Restricted: not for publication", header);
        Assert.Equal(GraveshamReport.Title, doc.PackageProperties.Title);
    }

    [Fact]
    public async Task A_report_with_nothing_but_a_title_or_with_empty_tables_is_still_a_valid_workbook()
    {
        using var bare = await OpenAsync(EdgeReports.TitleOnly());
        Assert.Empty(OpenXmlChecks.Errors(bare));
        Assert.Equal(["Contents", "Notes and sources"], bare.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));

        using var empty = await OpenAsync(EdgeReports.EmptyTables());
        Assert.Empty(OpenXmlChecks.Errors(empty));
        Assert.Equal(["Contents", "No rows", "No rows (2)", "empty-chart", "Notes and sources"], empty.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        Assert.Equal("A2:B2", Sheet(empty, "No rows").Elements<AutoFilter>().Single().Reference!.Value);
    }
}
