using Csp.Core.Reports;

namespace Csp.Reporting.Html;

/// <summary>
/// Splits a table too wide for an A4 page into parts that fit, each repeating the columns that name the rows. A table wider
/// than the page's text makes Chromium shrink every page of the PDF to fit it (the Strategic Assessment printed at 64%:
/// its priority table's twelve columns were 1,062 px against 680 px), so the text must fit rather than shrink.
/// </summary>
internal static class PrintableTable
{
    /// <summary>
    /// CSS pixels a table may take: A4's 210 mm less the 15 mm side margins of <c>@page</c> is 180 mm = 680 px, less 40 px
    /// so that an estimate a little short still fits.
    /// </summary>
    public const double PrintWidth = 640;

    /// <summary>
    /// Pixels per character of the table's text in print: 10 pt x 0.92 = 12.3 px, at 0.6 em a character (Liberation Sans
    /// averages 0.55 em; bold and capitals run wider, and an estimate must not fall short).
    /// </summary>
    private const double CharacterWidth = 12.27 * 0.6;

    /// <summary>Left and right padding of a cell (.5rem each at 10 pt).</summary>
    private const double CellPadding = 13.4;

    /// <summary>The table itself when it fits, else parts of it that do, with the notes under the last.</summary>
    public static IReadOnlyList<ReportTable> Split(ReportTable table)
    {
        var widths = Enumerable.Range(0, table.Columns.Count).Select(c => MinimumWidth(table, c)).ToList();
        if (widths.Sum() <= PrintWidth || table.Columns.Count < 3) return [table];

        // The columns that name a row (rank, category, area) lead the table as text: repeated in every part.
        var key = 0;
        while (key < 2 && key < table.Columns.Count - 1 && table.Columns[key].Format == CellFormat.Text) key++;
        key = Math.Max(1, key);
        var keyWidth = widths.Take(key).Sum();
        var groups = new List<List<int>>();
        var current = new List<int>();
        var width = keyWidth;
        for (var c = key; c < table.Columns.Count; c++)
        {
            if (current.Count > 0 && width + widths[c] > PrintWidth)
            {
                groups.Add(current);
                current = [];
                width = keyWidth;
            }
            current.Add(c);
            width += widths[c];
        }
        groups.Add(current);
        if (groups.Count == 1) return [table];

        return groups.Select((group, g) =>
        {
            int[] columns = [.. Enumerable.Range(0, key), .. group];
            var rows = table.Rows.Select(r => r with { Cells = columns.Select(c => c < r.Cells.Count ? r.Cells[c] : TableCell.Empty).ToList() }).ToList();
            return new ReportTable(g == 0 ? table.Id : $"{table.Id} part {g + 1}", $"{table.Caption} (part {g + 1} of {groups.Count})",
                columns.Select(c => table.Columns[c]).ToList(), rows, g == groups.Count - 1 ? table.Notes : []);
        }).ToList();
    }

    /// <summary>
    /// The narrowest a column can be laid out: its longest word (headers and text wrap between words), or its longest
    /// figure (numbers do not wrap), plus the cell's padding.
    /// </summary>
    private static double MinimumWidth(ReportTable table, int column)
    {
        var format = table.Columns[column].Format;
        var longest = LongestWord(table.Columns[column].Header);
        foreach (var row in table.Rows)
        {
            var cell = column < row.Cells.Count ? row.Cells[column] : TableCell.Empty;
            var text = CellText.Format(cell, format);
            longest = Math.Max(longest, format == CellFormat.Text ? LongestWord(text) : text.Length);
        }
        return longest * CharacterWidth + CellPadding;
    }

    private static int LongestWord(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
}
