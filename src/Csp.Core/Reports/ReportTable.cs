namespace Csp.Core.Reports;

/// <summary>
/// A table of figures. Cells hold numbers as numbers (the XLSX keeps them as numbers with a number format); every renderer
/// shows them as <see cref="CellText.Format"/> writes them, so a figure reads the same in every format.
/// </summary>
/// <param name="Id">Short and unique within the report: the XLSX sheet name (31 characters at most) and the HTML anchor.</param>
/// <param name="Caption">As the seeds caption it: "Strategic Assessment 2025: Violent crime data".</param>
/// <param name="Notes">Shown under the table: what a suppressed cell means, partial months, the population year.</param>
public sealed record ReportTable(
    string Id,
    string Caption,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Rows,
    IReadOnlyList<string> Notes);

/// <param name="Format">How the column's numbers are written; text cells ignore it.</param>
public sealed record TableColumn(string Header, CellFormat Format);

/// <summary>How a number is written (en-GB).</summary>
public enum CellFormat
{
    /// <summary>Text as given.</summary>
    Text,
    /// <summary>Whole number with thousands separators: 8,401.</summary>
    Count,
    /// <summary>Whole number with a sign: +12, -1,758.</summary>
    SignedCount,
    /// <summary>The value is a percentage (-20.9 means -20.9%), written with one decimal and a sign: -20.9%.</summary>
    PercentChange,
    /// <summary>The value is a percentage, one decimal, no sign: 14.2%.</summary>
    Percent,
    /// <summary>A rate per 1,000 residents, two decimals: 62.10.</summary>
    Rate,
    /// <summary>One decimal: 3.4.</summary>
    Decimal1,
    /// <summary>A p-value: three decimals, "&lt;0.001" below that.</summary>
    PValue,
}

/// <summary>A row. <see cref="RowStyle.Group"/> marks a group of crime types (Total crime), <see cref="RowStyle.Highlight"/> the area itself in a comparison.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, RowStyle Style = RowStyle.Normal);

public enum RowStyle
{
    Normal,
    Group,
    Highlight,
}

/// <summary>
/// One cell: text, a number, nothing, or a figure withheld by small-number suppression (public reports; the number itself
/// is then not kept, so no renderer can leak it).
/// </summary>
public sealed record TableCell(string? Text, double? Number, bool Suppressed)
{
    public static TableCell Of(string text) => new(text, null, false);

    public static TableCell Of(double? number) => new(null, number, false);

    public static readonly TableCell Empty = new(null, null, false);

    public static readonly TableCell Withheld = new(null, null, true);
}
