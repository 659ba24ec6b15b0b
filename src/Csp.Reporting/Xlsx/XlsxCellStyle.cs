namespace Csp.Reporting.Xlsx;

/// <summary>
/// How one cell looks: its number format code (from <see cref="Csp.Core.Reports.CellText.ExcelFormatCode"/>; null or
/// "General" for none), font, fill, alignment, wrapping and its rules (below, or above and below for a group row). Equal
/// keys share one cell format; <c>default</c> is a plain cell.
/// </summary>
internal readonly record struct XlsxCellStyle(
    string? NumberFormat = null,
    XlsxFont Font = XlsxFont.Normal,
    XlsxFill Fill = XlsxFill.None,
    bool RightAligned = false,
    bool Wrap = false,
    bool Ruled = false,
    bool Top = false)
{
    public bool IsGeneral => NumberFormat is null or "General";
}
