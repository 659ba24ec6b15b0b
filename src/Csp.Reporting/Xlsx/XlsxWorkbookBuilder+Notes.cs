using Csp.Core.Reports;

namespace Csp.Reporting.Xlsx;

internal sealed partial class XlsxWorkbookBuilder
{
    /// <summary>
    /// The sources with the months each covers and its licence, then every note of the report: the warnings in the text
    /// (partial data) and each table's notes, with the sheet they belong to.
    /// </summary>
    private XlsxSheet NotesSheet(string name)
    {
        var sheet = new XlsxSheet(name, _styles, _strings) { Landscape = true };
        sheet.Width(1, 36);
        sheet.Width(2, 26);
        sheet.Width(3, 30);
        sheet.Width(4, 60);
        sheet.Paragraph(1, 1, 4, "Notes and sources", TitleStyle);

        sheet.Text(2, 1, "Source", HeaderCell(rightAligned: false));
        sheet.Text(2, 2, "Covers", HeaderCell(rightAligned: false));
        sheet.Text(2, 3, "Licence", HeaderCell(rightAligned: false));
        sheet.Text(2, 4, "Notes", HeaderCell(rightAligned: false));
        var cell = new XlsxCellStyle(Wrap: true, Ruled: true);
        uint r = 3;
        foreach (var source in document.Sources)
        {
            sheet.Text(r, 1, source.Name, cell);
            sheet.Text(r, 2, source.Coverage, cell);
            sheet.Text(r, 3, source.Licence, cell);
            sheet.Text(r, 4, string.Join("\n", source.Notes), cell);
            r++;
        }
        sheet.FrozenRows = 2;

        var notes = NotesInReadingOrder().ToList();
        if (notes.Count == 0) return sheet;
        r++;
        sheet.Text(r, 1, "About", HeaderCell(rightAligned: false));
        sheet.Text(r, 2, "Note", HeaderCell(rightAligned: false));
        sheet.Text(r, 3, "", HeaderCell(rightAligned: false));
        sheet.Text(r, 4, "", HeaderCell(rightAligned: false));
        r++;
        foreach (var (about, link, note) in notes)
        {
            if (link is null) sheet.Text(r, 1, about, cell);
            else
            {
                sheet.Text(r, 1, about, cell with { Font = XlsxFont.Link });
                sheet.Link(r, 1, XlsxSheetNames.Reference(link), about);
            }
            sheet.Paragraph(r, 2, 4, note, cell);
            r++;
        }
        return sheet;
    }

    /// <summary>Each note with what it is about: "Warning" or "Note" for the text's notes, the table's sheet for a table's.</summary>
    private IEnumerable<(string About, string? Sheet, string Note)> NotesInReadingOrder()
    {
        foreach (var block in document.AllBlocks())
        {
            if (block is NoteBlock note) yield return (note.Kind == NoteKind.Warning ? "Warning" : "Note", null, note.Text);
            if (block is not TableBlock { Table: var table }) continue;
            var sheet = _tableSheets[table].Name;
            foreach (var n in table.Notes) yield return (sheet, sheet, n);
        }
    }
}
