using Csp.Core.Reports;

namespace Csp.Reporting.Xlsx;

internal sealed partial class XlsxWorkbookBuilder
{
    /// <summary>
    /// The first sheet: the report's title, what it covers and its classification, the cover fields, then every sheet with
    /// a link to it and what it holds.
    /// </summary>
    private XlsxSheet ContentsSheet(string name, XlsxSheet notes)
    {
        var sheet = new XlsxSheet(name, _styles, _strings) { Gridlines = false, Selected = true };
        sheet.Width(1, 30);
        sheet.Width(2, 64);

        sheet.Paragraph(1, 1, 2, document.Title, TitleStyle);
        uint r = 2;
        if (document.Subtitle is { Length: > 0 } subtitle) sheet.Paragraph(r++, 1, 2, subtitle, new XlsxCellStyle(Font: XlsxFont.Subtitle));
        sheet.Text(r++, 1, "Classification: " + document.Classification.Label, BoldStyle);
        r++;
        foreach (var field in document.Cover)
        {
            sheet.Text(r, 1, field.Label, BoldStyle);
            sheet.Text(r, 2, field.Value, new XlsxCellStyle(Wrap: true));
            r++;
        }

        r++;
        sheet.Text(r, 1, "Sheet", HeaderCell(rightAligned: false));
        sheet.Text(r, 2, "Contents", HeaderCell(rightAligned: false));
        r++;
        var link = new XlsxCellStyle(Font: XlsxFont.Link, Ruled: true);
        foreach (var (target, description) in _dataSheets.Append((notes, "Where the figures come from, and notes on them")))
        {
            sheet.Fit(1, target.Name);
            sheet.Text(r, 1, target.Name, link);
            sheet.Link(r, 1, XlsxSheetNames.Reference(target.Name), target.Name);
            sheet.Text(r, 2, description, new XlsxCellStyle(Wrap: true, Ruled: true));
            r++;
        }
        return sheet;
    }
}
