using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Csp.Reporting.Xlsx;

/// <summary>
/// The workbook's styles part, built from the cell styles the sheets ask for: each distinct <see cref="XlsxCellStyle"/>
/// becomes one cell format, each distinct number format code one custom number format (ids from 164, where Excel's
/// built-in ones end).
/// </summary>
internal sealed class XlsxStyles
{
    private const string FontName = "Arial";
    private const string Accent = "FF1F4E79";
    private const uint FirstCustomFormat = 164;

    private readonly Dictionary<XlsxCellStyle, uint> _cellFormats = new() { [default] = 0 };
    private readonly List<XlsxCellStyle> _ordered = [default];
    private readonly Dictionary<string, uint> _numberFormats = new(StringComparer.Ordinal);

    public uint For(XlsxCellStyle style)
    {
        if (style.NumberFormat == "General") style = style with { NumberFormat = null };
        if (_cellFormats.TryGetValue(style, out var index)) return index;
        index = (uint)_ordered.Count;
        _ordered.Add(style);
        _cellFormats.Add(style, index);
        if (style.NumberFormat is not null && !_numberFormats.ContainsKey(style.NumberFormat))
        {
            _numberFormats.Add(style.NumberFormat, FirstCustomFormat + (uint)_numberFormats.Count);
        }
        return index;
    }

    public Stylesheet Build()
    {
        var numberFormats = new NumberingFormats(_numberFormats.Select(f => new NumberingFormat { NumberFormatId = f.Value, FormatCode = f.Key }))
        { Count = (uint)_numberFormats.Count };

        var fonts = new Fonts(
            Font(10, bold: false, colour: null),
            Font(10, bold: true, colour: null),
            Font(10, bold: true, colour: "FFFFFFFF"),
            Font(14, bold: true, colour: Accent),
            Font(10, bold: false, colour: "FF0563C1", underline: true),
            Font(9, bold: false, colour: "FF595959"),
            Font(11, bold: false, colour: "FF595959"))
        { Count = 7 };

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid(Accent),
            Solid("FFF2F2F2"),
            Solid("FFDDEBF7"))
        { Count = 5 };

        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), Rule<BottomBorder>(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), Rule<TopBorder>(), Rule<BottomBorder>(), new DiagonalBorder()))
        { Count = 3 };

        var cellFormats = new CellFormats { Count = (uint)_ordered.Count };
        foreach (var style in _ordered) cellFormats.Append(CellFormat(style));

        return new Stylesheet(
            numberFormats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
            new DifferentialFormats { Count = 0 },
            new TableStyles { Count = 0, DefaultTableStyle = "TableStyleMedium2", DefaultPivotStyle = "PivotStyleLight16" });
    }

    private CellFormat CellFormat(XlsxCellStyle style)
    {
        var format = new CellFormat
        {
            NumberFormatId = style.NumberFormat is null ? 0 : _numberFormats[style.NumberFormat],
            FontId = (uint)style.Font,
            FillId = (uint)style.Fill + (style.Fill == XlsxFill.None ? 0u : 1u),
            BorderId = style.Top ? 2u : style.Ruled ? 1u : 0u,
            FormatId = 0,
        };
        if (format.NumberFormatId! != 0) format.ApplyNumberFormat = true;
        if (style.Font != XlsxFont.Normal) format.ApplyFont = true;
        if (style.Fill != XlsxFill.None) format.ApplyFill = true;
        if (format.BorderId! != 0) format.ApplyBorder = true;
        // Cells sit at the top of their row, so a row made tall by one wrapped cell still reads across; headers sit at the
        // bottom, over their column, as in the Word tables.
        format.ApplyAlignment = true;
        format.Alignment = new Alignment
        {
            Horizontal = style.RightAligned ? HorizontalAlignmentValues.Right : HorizontalAlignmentValues.General,
            Vertical = style.Font == XlsxFont.Header ? VerticalAlignmentValues.Bottom : VerticalAlignmentValues.Top,
            WrapText = style.Wrap ? true : null,
        };
        return format;
    }

    private static Font Font(double size, bool bold, string? colour, bool underline = false)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        if (underline) font.Append(new Underline());
        font.Append(new FontSize { Val = size });
        font.Append(new Color { Rgb = colour ?? "FF000000" });
        font.Append(new FontName { Val = FontName });
        font.Append(new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Rule<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
