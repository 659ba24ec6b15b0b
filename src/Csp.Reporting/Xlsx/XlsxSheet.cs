using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Csp.Reporting.Xlsx;

/// <summary>
/// One worksheet being filled: cells (numbers as numbers, text through the shared string table), column widths, merged
/// paragraphs of text whose row height is set to fit, hyperlinks, frozen rows, an autofilter and the print setup. Rows and
/// columns count from 1, as Excel shows them.
/// </summary>
internal sealed class XlsxSheet(string name, XlsxStyles styles, XlsxSharedStrings strings)
{
    /// <summary>Excel's default column width, in characters.</summary>
    private const double DefaultWidth = 8.43;

    /// <summary>The height of an A4 page between the margins set below (0.75 inch top and bottom), in points.</summary>
    private const double PrintableHeightPoints = 842 - 2 * 0.75 * 72;

    /// <summary>About the width of an A4 portrait page, in characters: a paragraph spreads no wider.</summary>
    private const double ParagraphWidth = 90;

    private readonly SortedDictionary<uint, SortedDictionary<int, Cell>> _rows = [];
    private readonly SortedDictionary<int, double> _widths = [];
    private readonly Dictionary<uint, double> _heights = [];
    private readonly List<(uint Row, int First, int Last, string Text, XlsxFont Font, bool Spread)> _wrapped = [];
    private readonly List<Hyperlink> _links = [];

    public string Name => name;

    /// <summary>Rows kept in view when scrolling (the caption and header), and repeated on every printed page.</summary>
    public uint FrozenRows { get; set; }

    /// <summary>The autofilter's range, header row included ("A2:F10"), or null.</summary>
    public string? AutoFilter { get; set; }

    public bool Landscape { get; set; }

    /// <summary>A native chart of the sheet's data, drawn below it, or null.</summary>
    public XlsxChartPlacement? Chart { get; set; }

    public bool Gridlines { get; set; } = true;

    public bool Selected { get; set; }

    public void Text(uint row, int column, string text, XlsxCellStyle style = default)
    {
        Put(row, column, new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(strings.Add(text).ToString(CultureInfo.InvariantCulture)) }, style);
        if (style.Wrap) _wrapped.Add((row, column, column, text, style.Font, false));
    }

    /// <summary>A number as a number; NaN and infinities (which Excel cannot hold) as "-", the mark for no figure.</summary>
    public void Number(uint row, int column, double value, XlsxCellStyle style)
    {
        if (!double.IsFinite(value))
        {
            Text(row, column, Csp.Core.Reports.CellText.NotApplicable, style with { NumberFormat = null });
            return;
        }
        Put(row, column, new Cell { CellValue = new CellValue(XlsxStyles.Number(value)) }, style);
    }

    /// <summary>
    /// Text across columns <paramref name="firstColumn"/> to <paramref name="lastColumn"/> (merged, the style on every cell
    /// so a rule runs the full width), wrapped, its row as tall as the lines need. Across a narrow table (a chart's two
    /// columns) the text spreads over empty columns to the right, up to a page's width, rather than into a tall thin column.
    /// </summary>
    public void Paragraph(uint row, int firstColumn, int lastColumn, string text, XlsxCellStyle style)
    {
        lastColumn = Math.Max(firstColumn, lastColumn);
        style = style with { Wrap = true };
        Put(row, firstColumn, new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(strings.Add(text).ToString(CultureInfo.InvariantCulture)) }, style);
        for (var c = firstColumn + 1; c <= lastColumn; c++) Put(row, c, new Cell(), style);
        _wrapped.Add((row, firstColumn, lastColumn, text, style.Font, true));
    }

    public void Width(int column, double characters) => _widths[column] = characters;

    /// <summary>Widens the column to fit <paramref name="text"/> (within 8 and 60 characters).</summary>
    public void Fit(int column, string text)
    {
        var longestLine = text.Split('\n').Max(l => l.Length);
        var wanted = Math.Clamp(longestLine * 1.1 + 2, 8, 60);
        if (!_widths.TryGetValue(column, out var current) || current < wanted) _widths[column] = wanted;
    }

    /// <summary>
    /// Widens the column for a header that wraps onto two lines at most: as wide as its longest word (no word is broken:
    /// "Gravesham", not "Gravesh / am") or half the header, whichever is wider.
    /// </summary>
    public void FitHeader(int column, string header)
    {
        var longestWord = header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
        Fit(column, new string('0', Math.Max(longestWord, (header.Length + 1) / 2)));
    }

    public void Link(uint row, int column, string location, string display) =>
        _links.Add(new Hyperlink { Reference = Reference(row, column), Location = location, Display = Rendering.XmlText.Clean(display) });

    public static string Reference(uint row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = "";
        for (var c = column; c > 0; c = (c - 1) / 26) name = (char)('A' + (c - 1) % 26) + name;
        return name;
    }

    private void Put(uint row, int column, Cell cell, XlsxCellStyle style)
    {
        cell.CellReference = Reference(row, column);
        var index = styles.For(style);
        if (index != 0) cell.StyleIndex = index;
        if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = [];
        cells[column] = cell;
    }

    /// <param name="header">The printed page header (Excel's header codes, e.g. "&amp;C..."), or null.</param>
    public Worksheet Build(string? header, string? footer)
    {
        var merges = FitWrappedText();

        // A chart that would run off the foot of the printed page starts a new one.
        var chartBreak = Chart is { } chart && RowsHeight(chart.AnchorRow - 1) + XlsxChart.HeightPoints > PrintableHeightPoints ? chart.AnchorRow - 1 : 0;

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(View()),
            new SheetFormatProperties { DefaultRowHeight = LineHeight(XlsxFont.Normal) });
        if (_widths.Count > 0)
        {
            var columns = new Columns();
            foreach (var (column, width) in _widths)
            {
                columns.Append(new Column { Min = (uint)column, Max = (uint)column, Width = Math.Round(width, 2), CustomWidth = true });
            }
            worksheet.Append(columns);
        }

        var data = new SheetData();
        foreach (var (index, cells) in _rows)
        {
            var row = new Row { RowIndex = index };
            if (_heights.TryGetValue(index, out var height)) { row.Height = Math.Round(height, 2); row.CustomHeight = true; }
            foreach (var cell in cells.Values) row.Append(cell);
            data.Append(row);
        }
        worksheet.Append(data);

        if (AutoFilter is not null) worksheet.Append(new AutoFilter { Reference = AutoFilter });
        if (merges.Count > 0) worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        if (_links.Count > 0) worksheet.Append(new Hyperlinks(_links));
        worksheet.Append(new PageMargins { Left = 0.6, Right = 0.6, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        // A4, fitted to the page width, as many pages long as it takes.
        worksheet.Append(new PageSetup
        {
            PaperSize = 9,
            Orientation = Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        if (header is not null || footer is not null)
        {
            var headerFooter = new HeaderFooter();
            if (header is not null) headerFooter.Append(new OddHeader(header));
            if (footer is not null) headerFooter.Append(new OddFooter(footer));
            worksheet.Append(headerFooter);
        }
        if (chartBreak > 0)
        {
            worksheet.Append(new RowBreaks(new Break { Id = chartBreak, Max = 16383, ManualPageBreak = true }) { Count = 1, ManualBreakCount = 1 });
        }
        return worksheet;
    }

    /// <summary>
    /// Merges each paragraph's cells (spreading a paragraph over empty columns where its table is narrow) and sets the
    /// height of rows with wrapped text, estimated from the column widths (in characters of the default font): Excel does
    /// not fit a row to a merged cell by itself, and LibreOffice and Excel disagree on unmerged ones. Returns the merges.
    /// </summary>
    private List<string> FitWrappedText()
    {
        var merges = new List<string>();
        foreach (var (row, first, spreadFrom, text, font, spread) in _wrapped)
        {
            var scale = CharacterWidth(font);
            var last = spreadFrom;
            var width = Enumerable.Range(first, last - first + 1).Sum(ColumnWidth);
            var wanted = Math.Min(text.Split('\n').Max(l => l.Length) * scale + 2, ParagraphWidth);
            while (spread && width < wanted)
            {
                last++;
                width += ColumnWidth(last);
                if (_rows.TryGetValue(row, out var cells) && cells.TryGetValue(first, out var anchor)) cells[last] = new Cell { StyleIndex = anchor.StyleIndex, CellReference = Reference(row, last) };
            }
            if (last > first) merges.Add($"{Reference(row, first)}:{Reference(row, last)}");
            var charsPerLine = Math.Max(1, (width - 1) / scale);
            var lines = text.Split('\n').Sum(l => WrappedLines(l, charsPerLine));
            var height = lines * LineHeight(font) + 3;
            if (height > _heights.GetValueOrDefault(row, LineHeight(XlsxFont.Normal))) _heights[row] = height;
        }
        return merges;
    }

    /// <summary>
    /// The lines a line of text takes when wrapped at word boundaries in <paramref name="charsPerLine"/> characters, as a
    /// spreadsheet wraps it: "Change (percentage points)" in 13 characters is three lines, not the two its length gives.
    /// </summary>
    internal static int WrappedLines(string line, double charsPerLine)
    {
        var lines = 1;
        var used = 0.0;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var needed = used == 0 ? word.Length : used + 1 + word.Length;
            if (needed <= charsPerLine)
            {
                used = needed;
                continue;
            }
            if (used > 0) lines++;
            // A word longer than a line is broken across lines.
            var whole = (int)Math.Ceiling(word.Length / charsPerLine);
            lines += whole - 1;
            used = word.Length - (whole - 1) * charsPerLine;
        }
        return lines;
    }

    /// <summary>The height of rows 1 to <paramref name="lastRow"/> in points.</summary>
    private double RowsHeight(uint lastRow)
    {
        var total = 0.0;
        for (uint r = 1; r <= lastRow; r++) total += _heights.GetValueOrDefault(r, LineHeight(XlsxFont.Normal));
        return total;
    }

    private double ColumnWidth(int column) => _widths.GetValueOrDefault(column, DefaultWidth);

    /// <summary>
    /// The width of a character of prose in the font, in column-width units (the width of a digit of 10 pt Arial): the
    /// row-height estimate errs towards a line too many rather than a line cut off.
    /// </summary>
    private static double CharacterWidth(XlsxFont font) => font switch
    {
        XlsxFont.Title => 1.5,
        XlsxFont.Subtitle => 1.1,
        XlsxFont.Note => 0.8,
        _ => 0.9,
    };

    /// <summary>Points per line of text in the font, as Excel lays out Arial.</summary>
    private static double LineHeight(XlsxFont font) => font switch
    {
        XlsxFont.Title => 18,
        XlsxFont.Subtitle => 14.25,
        XlsxFont.Note => 12,
        _ => 12.75,
    };

    private SheetView View()
    {
        var view = new SheetView { WorkbookViewId = 0 };
        if (!Gridlines) view.ShowGridLines = false;
        if (Selected) view.TabSelected = true;
        if (FrozenRows == 0)
        {
            view.Append(new Selection { ActiveCell = "A1", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A1" } });
            return view;
        }
        var topLeft = Reference(FrozenRows + 1, 1);
        view.Append(
            new Pane { VerticalSplit = FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        return view;
    }
}
