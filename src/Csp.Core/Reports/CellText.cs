using System.Globalization;

namespace Csp.Core.Reports;

/// <summary>Writes a cell as every renderer shows it (en-GB), so the HTML, PDF, DOCX and XLSX read the same.</summary>
public static class CellText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The mark printed for a suppressed figure; the table's notes say what it means.</summary>
    public const string SuppressedMark = "*";

    /// <summary>Printed for a figure that cannot be computed (a % change from zero): the seeds leave these blank or write "-".</summary>
    public const string NotApplicable = "-";

    public static string Format(TableCell cell, CellFormat format)
    {
        if (cell.Suppressed) return SuppressedMark;
        if (cell.Text is not null) return cell.Text;
        if (cell.Number is not { } v) return format == CellFormat.Text ? "" : NotApplicable;
        return Format(v, format);
    }

    public static string Format(double v, CellFormat format) => format switch
    {
        CellFormat.Count => v.ToString("#,0", EnGb),
        CellFormat.SignedCount => (v > 0 ? "+" : "") + v.ToString("#,0", EnGb),
        CellFormat.PercentChange => (v > 0 ? "+" : "") + v.ToString("0.0", EnGb) + "%",
        CellFormat.Percent => v.ToString("0.0", EnGb) + "%",
        CellFormat.Rate => v.ToString("#,0.00", EnGb),
        CellFormat.Decimal1 => v.ToString("#,0.0", EnGb),
        CellFormat.PValue => v < 0.001 ? "<0.001" : v.ToString("0.000", EnGb),
        _ => v.ToString(EnGb),
    };

    /// <summary>The Excel number format code matching <see cref="Format(double, CellFormat)"/>, for the XLSX renderer.</summary>
    public static string ExcelFormatCode(CellFormat format) => format switch
    {
        CellFormat.Count => "#,##0",
        CellFormat.SignedCount => "+#,##0;-#,##0;0",
        // The cell holds -20.9 (a percentage already), so the % sign is a literal, not Excel's x100 percent format.
        CellFormat.PercentChange => "+0.0\"%\";-0.0\"%\";0.0\"%\"",
        CellFormat.Percent => "0.0\"%\"",
        CellFormat.Rate => "#,##0.00",
        CellFormat.Decimal1 => "#,##0.0",
        // Below 0.001 Excel shows "<0.001", as the other formats do; the cell keeps the exact p-value.
        CellFormat.PValue => "[<0.001]\"<0.001\";0.000",
        _ => "General",
    };
}
