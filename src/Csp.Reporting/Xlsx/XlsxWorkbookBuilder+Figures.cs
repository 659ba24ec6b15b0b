using System.Globalization;
using Csp.Core.Reports;

namespace Csp.Reporting.Xlsx;

internal sealed partial class XlsxWorkbookBuilder
{
    /// <summary>
    /// A chart's data: one row per category (month, period or district), one column per series, the highlighted category
    /// shaded, then the reference lines (county average, control limits), the unit and the source, and under them a native
    /// Excel chart of the data. A gap in a series is an empty cell, as Excel's own charts read it.
    /// </summary>
    private void AddChart(ReportChart chart)
    {
        var sheet = NewSheet(chart.Id, chart.Title);
        var columns = 1 + chart.Series.Count;
        var format = chart.Series.SelectMany(s => s.Values).All(v => v is not { } x || x == Math.Floor(x)) ? CellFormat.Count : CellFormat.Rate;
        var code = CellText.ExcelFormatCode(format);
        var categoryHeader = chart.XAxisTitle.Length > 0 ? chart.XAxisTitle : "Category";

        sheet.FitHeader(1, categoryHeader);
        foreach (var category in chart.Categories) sheet.Fit(1, category);
        for (var s = 0; s < chart.Series.Count; s++)
        {
            sheet.FitHeader(s + 2, chart.Series[s].Name);
            foreach (var v in chart.Series[s].Values) if (v is { } x) sheet.Fit(s + 2, CellText.Format(x, format));
        }

        sheet.Paragraph(1, 1, columns, chart.Title, TitleStyle);
        sheet.Text(2, 1, categoryHeader, HeaderCell(rightAligned: false));
        for (var s = 0; s < chart.Series.Count; s++) sheet.Text(2, s + 2, chart.Series[s].Name, HeaderCell(rightAligned: true));

        var r = FirstDataRow;
        for (var i = 0; i < chart.Categories.Count; i++, r++)
        {
            var style = i == chart.HighlightCategory ? RowStyle.Highlight : RowStyle.Normal;
            sheet.Text(r, 1, chart.Categories[i], RowCell(style, null, rightAligned: false));
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var values = chart.Series[s].Values;
                if (i < values.Count && values[i] is { } v) sheet.Number(r, s + 2, v, RowCell(style, code, rightAligned: true));
                else sheet.Text(r, s + 2, "", RowCell(style, null, rightAligned: true));
            }
        }
        sheet.FrozenRows = FirstDataRow - 1;

        r++;
        if (chart.ReferenceLines.Count > 0)
        {
            sheet.Text(r, 1, "Reference line", HeaderCell(rightAligned: false));
            sheet.Text(r, 2, "Value", HeaderCell(rightAligned: true));
            r++;
            foreach (var line in chart.ReferenceLines)
            {
                sheet.Fit(1, line.Label);
                sheet.Text(r, 1, line.Label, RowCell(RowStyle.Normal, null, rightAligned: false));
                sheet.Number(r, 2, line.Value, RowCell(RowStyle.Normal, code, rightAligned: true));
                r++;
            }
            r++;
        }
        var end = AddNotes(sheet, r, Math.Max(columns, 2), [$"Values: {chart.YAxisTitle}", chart.Source, $"What the chart shows: {chart.AltText}"]);
        if (chart.Categories.Count > 0 && chart.Series.Count > 0)
        {
            sheet.Chart = new XlsxChartPlacement(chart, FirstDataRow, FirstDataRow + (uint)chart.Categories.Count - 1, end + 1, code);
        }
    }

    /// <summary>
    /// A map's data: one row per shaded area (ward or LSOA) with its code, name and value in the map's number format, "*"
    /// where the figure is suppressed; then the shading classes, the source and the caveat.
    /// </summary>
    private void AddMap(ReportMap map)
    {
        var sheet = NewSheet(map.Id, map.Title);
        var code = CellText.ExcelFormatCode(map.ValueFormat);
        var areas = map.Areas.Where(a => !a.Context).ToList();

        sheet.Fit(1, "Code");
        sheet.Fit(2, "Name");
        sheet.FitHeader(3, map.LegendTitle);
        sheet.Paragraph(1, 1, 3, map.Title, TitleStyle);
        sheet.Text(2, 1, "Code", HeaderCell(rightAligned: false));
        sheet.Text(2, 2, "Name", HeaderCell(rightAligned: false));
        sheet.Text(2, 3, map.LegendTitle, HeaderCell(rightAligned: true));

        var r = FirstDataRow;
        foreach (var area in areas)
        {
            var cell = area.Suppressed ? TableCell.Withheld : TableCell.Of(area.Value);
            sheet.Fit(1, area.Code);
            sheet.Fit(2, area.Name);
            sheet.Fit(3, CellText.Format(cell, map.ValueFormat));
            sheet.Text(r, 1, area.Code, RowCell(RowStyle.Normal, null, rightAligned: false));
            sheet.Text(r, 2, area.Name, RowCell(RowStyle.Normal, null, rightAligned: false));
            if (cell.Number is { } v) sheet.Number(r, 3, v, RowCell(RowStyle.Normal, code, rightAligned: true));
            else sheet.Text(r, 3, CellText.Format(cell, map.ValueFormat), RowCell(RowStyle.Normal, null, rightAligned: true));
            r++;
        }
        sheet.FrozenRows = FirstDataRow - 1;
        sheet.AutoFilter = $"A2:C{Math.Max(r - 1, 2).ToString(CultureInfo.InvariantCulture)}";

        List<string> notes = [$"Shading classes: {Classes(map)}.", map.Source];
        if (areas.Any(a => a.Suppressed)) notes.Add($"{CellText.SuppressedMark} The figure is withheld (small-number suppression).");
        if (map.Caveat is { Length: > 0 } caveat) notes.Add(caveat);
        AddNotes(sheet, r + 1, 3, notes);
    }

    /// <summary>"below 40.00; 40.00 to 60.00; 60.00 and above": n breaks make n + 1 classes.</summary>
    private static string Classes(ReportMap map)
    {
        if (map.Breaks.Count == 0) return "one class";
        var text = map.Breaks.Select(b => CellText.Format(b, map.ValueFormat)).ToList();
        List<string> classes = [$"below {text[0]}"];
        for (var i = 1; i < text.Count; i++) classes.Add($"{text[i - 1]} to {text[i]}");
        classes.Add($"{text[^1]} and above");
        return string.Join("; ", classes);
    }
}
