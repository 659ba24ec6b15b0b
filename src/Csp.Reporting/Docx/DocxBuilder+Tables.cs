using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using DocumentFormat.OpenXml.Wordprocessing;
using WordCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Csp.Reporting.Docx;

internal sealed partial class DocxBuilder
{
    /// <summary>Tables up to this many rows are kept on one page (with their caption); longer ones break between rows.</summary>
    private const int KeepTogetherRows = 20;

    /// <summary>
    /// A table as the seeds print them: the caption above, a header row repeated on every page, numbers right-aligned as
    /// <see cref="CellText"/> writes them, group rows (Total crime) bold on grey, the area's own row shaded, and the notes
    /// (what "*" means, partial months) below.
    /// </summary>
    private void AddTable(ReportTable model)
    {
        _body.Append(Para(DocxStyles.Caption, Run(model.Caption)));
        if (model.Columns.Count > 0) _body.Append(Table(model));
        if (model.Notes.Count == 0) _body.Append(Para(DocxStyles.TableNote));
        foreach (var note in model.Notes) _body.Append(Para(DocxStyles.TableNote, Run(note)));
    }

    private static Table Table(ReportTable model)
    {
        var widths = ColumnWidths(model);
        var grid = new TableGrid();
        foreach (var w in widths) grid.Append(new GridColumn { Width = DocxStyles.Twips(w) });
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.ReportTable },
                new TableWidth { Width = DocxStyles.Twips(DocxPage.TextWidthTwips), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { FirstRow = true, FirstColumn = false, LastRow = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
                new TableCaption { Val = XmlText.Clean(model.Caption) }),
            grid);

        var keepTogether = model.Rows.Count <= KeepTogetherRows;
        var header = new WordRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var c = 0; c < model.Columns.Count; c++)
        {
            var column = model.Columns[c];
            header.Append(Cell(widths[c], column.Header, column.Format != CellFormat.Text, bold: true, keepNext: true, fill: DocxStyles.Accent, colour: "FFFFFF"));
        }
        table.Append(header);

        for (var r = 0; r < model.Rows.Count; r++)
        {
            var row = model.Rows[r];
            var keepNext = keepTogether && r < model.Rows.Count - 1;
            var fill = row.Style switch { RowStyle.Group => DocxStyles.GroupFill, RowStyle.Highlight => DocxStyles.HighlightFill, _ => null };
            var wordRow = new WordRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < model.Columns.Count; c++)
            {
                var column = model.Columns[c];
                var cell = c < row.Cells.Count ? row.Cells[c] : Csp.Core.Reports.TableCell.Empty;
                var numeric = column.Format != CellFormat.Text;
                wordRow.Append(Cell(widths[c], CellText.Format(cell, column.Format), numeric, bold: row.Style != RowStyle.Normal, keepNext, fill, colour: null));
            }
            table.Append(wordRow);
        }
        return table;
    }

    private static WordCell Cell(int width, string text, bool rightAligned, bool bold, bool keepNext, string? fill, string? colour)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = DocxStyles.Twips(width), Type = TableWidthUnitValues.Dxa });
        if (fill is not null) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Bottom });

        var paragraph = new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText });
        if (keepNext) paragraph.Append(new KeepNext());
        if (rightAligned) paragraph.Append(new Justification { Val = JustificationValues.Right });

        var run = Run(text);
        if (bold || colour is not null)
        {
            var runProperties = new RunProperties();
            if (bold) runProperties.Append(new Bold());
            if (colour is not null) runProperties.Append(new Color { Val = colour });
            run.PrependChild(runProperties);
        }
        return new WordCell(properties, Para(paragraph, run));
    }

    /// <summary>
    /// Column widths in twips that add up to the text width: a text column (the category) in proportion to its longest
    /// entry, a number column to its widest figure or the longest word of its header (so "No. change" does not break a
    /// word) or half its header, whichever is widest.
    /// </summary>
    private static int[] ColumnWidths(ReportTable model)
    {
        var weights = new double[model.Columns.Count];
        for (var c = 0; c < weights.Length; c++)
        {
            var column = model.Columns[c];
            var longestWord = column.Header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
            var longestCell = model.Rows.Select(r => c < r.Cells.Count ? CellText.Format(r.Cells[c], column.Format).Length : 0).DefaultIfEmpty(0).Max();
            // A header may take two lines ("Per 1,000 / pop."), not three.
            var halfHeader = (column.Header.Length + 1) / 2;
            weights[c] = column.Format == CellFormat.Text
                ? Math.Clamp(Math.Max(longestCell, longestWord), 10, 30)
                : Math.Clamp(Math.Max(Math.Max(longestCell, longestWord), halfHeader) + 2, 7, 14);
        }
        var total = weights.Sum();
        var widths = weights.Select(w => (int)(DocxPage.TextWidthTwips * w / total)).ToArray();
        widths[^1] += DocxPage.TextWidthTwips - widths.Sum();
        return widths;
    }
}
