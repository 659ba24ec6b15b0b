using System.Globalization;
using Csp.Core.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Csp.Reporting.Xlsx;

/// <summary>
/// Writes one report into one workbook: Contents first, then a sheet per table, chart and map in reading order, then Notes
/// and sources. One instance per document; the partial files hold each kind of sheet.
/// </summary>
internal sealed partial class XlsxWorkbookBuilder(SpreadsheetDocument package, ReportDocument document)
{
    private readonly XlsxStyles _styles = new();
    private readonly XlsxSharedStrings _strings = new();
    private readonly XlsxSheetNames _names = new();

    /// <summary>The data sheets in reading order, each with what the Contents sheet says it holds.</summary>
    private readonly List<(XlsxSheet Sheet, string Description)> _dataSheets = [];

    /// <summary>Each table's sheet (by reference: two tables with equal content still have a sheet each).</summary>
    private readonly Dictionary<ReportTable, XlsxSheet> _tableSheets = new(ReferenceEqualityComparer.Instance);

    private static readonly XlsxCellStyle TitleStyle = new(Font: XlsxFont.Title);
    private static readonly XlsxCellStyle NoteStyle = new(Font: XlsxFont.Note);
    private static readonly XlsxCellStyle BoldStyle = new(Font: XlsxFont.Bold);

    public void Build()
    {
        var contentsName = _names.Claim("Contents");
        var notesName = _names.Claim("Notes and sources");
        foreach (var block in document.AllBlocks())
        {
            switch (block)
            {
                case TableBlock t: AddTable(t.Table); break;
                case ChartBlock c: AddChart(c.Chart); break;
                case MapBlock m: AddMap(m.Map); break;
            }
        }
        var notes = NotesSheet(notesName);
        var contents = ContentsSheet(contentsName, notes);

        List<XlsxSheet> sheets = [contents, .. _dataSheets.Select(d => d.Sheet), notes];
        var workbookPart = package.AddWorkbookPart();
        var sheetList = new Sheets();
        var names = new DefinedNames();
        var header = PageHeader();
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = sheet.Build(header, "&L&A&RPage &P of &N");
            if (sheet.Chart is { } chart) XlsxChart.Add(part, sheet.Name, chart);
            sheetList.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
            if (sheet.AutoFilter is { } filter)
            {
                names.Append(new DefinedName(Absolute(sheet.Name, filter)) { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
            }
            if (sheet.FrozenRows > 0)
            {
                var rows = string.Create(CultureInfo.InvariantCulture, $"$1:${sheet.FrozenRows}");
                names.Append(new DefinedName(XlsxSheetNames.Reference(sheet.Name, rows)) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }
        }

        // Parts after the sheets, so the styles hold every format the sheets asked for.
        workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = _strings.Build();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = _styles.Build();
        var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheetList);
        if (names.HasChildren) workbook.Append(names);
        workbookPart.Workbook = workbook;
    }

    private XlsxSheet NewSheet(string wantedName, string description)
    {
        var sheet = new XlsxSheet(_names.Claim(wantedName), _styles, _strings);
        _dataSheets.Add((sheet, description));
        return sheet;
    }

    /// <summary>The classification, centred at the top of every printed page (Excel's header codes; "&amp;" doubled).</summary>
    private string PageHeader()
    {
        var label = "Classification: " + document.Classification.Label;
        if (label.Length > 200) label = label[..200];
        return "&C&\"Arial,Bold\"" + label.Replace("&", "&&", StringComparison.Ordinal);
    }

    /// <summary>'Sheet'!$A$2:$F$10, for a defined name.</summary>
    private static string Absolute(string sheet, string range) =>
        XlsxSheetNames.Reference(sheet, string.Join(':', range.Split(':').Select(AbsoluteCell)));

    private static string AbsoluteCell(string cell)
    {
        var digits = cell.IndexOfAny("0123456789".ToCharArray());
        return "$" + cell[..digits] + "$" + cell[digits..];
    }

    /// <summary>The style of a row's cells: group rows bold with rules above and below, the highlighted row shaded.</summary>
    private static XlsxCellStyle RowCell(RowStyle style, string? numberFormat, bool rightAligned) => new(
        NumberFormat: numberFormat,
        Font: style == RowStyle.Normal ? XlsxFont.Normal : XlsxFont.Bold,
        Fill: style switch { RowStyle.Group => XlsxFill.Group, RowStyle.Highlight => XlsxFill.Highlight, _ => XlsxFill.None },
        RightAligned: rightAligned,
        Ruled: true,
        Top: style == RowStyle.Group);

    private static XlsxCellStyle HeaderCell(bool rightAligned) =>
        new(Font: XlsxFont.Header, Fill: XlsxFill.Header, RightAligned: rightAligned, Wrap: true);
}
