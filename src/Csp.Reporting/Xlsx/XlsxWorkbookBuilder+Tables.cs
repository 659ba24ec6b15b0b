using Csp.Core.Reports;

namespace Csp.Reporting.Xlsx;

internal sealed partial class XlsxWorkbookBuilder
{
    /// <summary>Rows 1 and 2 (caption, header) stay in view; the data starts in row 3.</summary>
    private const uint FirstDataRow = 3;

    /// <summary>
    /// A table on its own sheet: the caption in row 1, the header in row 2 (frozen, with an autofilter), one row per table
    /// row with numbers as numbers in the column's number format, "*" as text where a figure is suppressed and "-" where
    /// there is none, then the table's notes.
    /// </summary>
    private void AddTable(ReportTable table)
    {
        var sheet = NewSheet(table.Id, table.Caption);
        _tableSheets[table] = sheet;
        var columns = table.Columns.Count;
        for (var c = 0; c < columns; c++) FitColumn(sheet, table, c);

        sheet.Paragraph(1, 1, columns, table.Caption, TitleStyle);
        for (var c = 0; c < columns; c++) sheet.Text(2, c + 1, table.Columns[c].Header, HeaderCell(table.Columns[c].Format != CellFormat.Text));

        var r = FirstDataRow;
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < columns; c++)
            {
                var column = table.Columns[c];
                var cell = c < row.Cells.Count ? row.Cells[c] : TableCell.Empty;
                var numeric = column.Format != CellFormat.Text;
                if (numeric && cell is { Suppressed: false, Text: null, Number: { } value })
                {
                    sheet.Number(r, c + 1, value, RowCell(row.Style, CellText.ExcelFormatCode(column.Format), rightAligned: true));
                }
                else
                {
                    sheet.Text(r, c + 1, CellText.Format(cell, column.Format), RowCell(row.Style, null, rightAligned: numeric));
                }
            }
            r++;
        }

        sheet.FrozenRows = FirstDataRow - 1;
        if (columns > 0) sheet.AutoFilter = $"A2:{XlsxSheet.Reference(Math.Max(r - 1, 2), columns)}";
        sheet.Landscape = columns > 7;
        AddNotes(sheet, r + 1, columns, table.Notes);
    }

    /// <summary>Notes one to a row from <paramref name="row"/>; returns the row after them.</summary>
    private static uint AddNotes(XlsxSheet sheet, uint row, int columns, IEnumerable<string> notes)
    {
        foreach (var note in notes) sheet.Paragraph(row++, 1, columns, note, NoteStyle);
        return row;
    }

    /// <summary>A column as wide as its header (on two lines at most) and its widest entry, as CellText writes it.</summary>
    private static void FitColumn(XlsxSheet sheet, ReportTable table, int c)
    {
        var column = table.Columns[c];
        sheet.FitHeader(c + 1, column.Header);
        foreach (var row in table.Rows)
        {
            if (c < row.Cells.Count) sheet.Fit(c + 1, CellText.Format(row.Cells[c], column.Format));
        }
    }
}
