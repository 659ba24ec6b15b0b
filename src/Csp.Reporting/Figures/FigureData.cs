using Csp.Core.Reports;

namespace Csp.Reporting.Figures;

/// <summary>The figures behind a chart or map as a table: what a reader who cannot see the picture needs, and what the numbers are.</summary>
internal static class FigureData
{
    public static ReportTable Table(FigureBlock figure) => figure switch
    {
        ChartBlock chart => Of(chart.Chart),
        MapBlock map => Of(map.Map),
        _ => throw new ArgumentException($"No data table for figure type {figure.GetType().Name}.", nameof(figure)),
    };

    private static ReportTable Of(ReportChart chart)
    {
        var whole = chart.Series.SelectMany(s => s.Values).OfType<double>().All(v => Math.Abs(v - Math.Round(v)) < 1e-9);
        var format = whole ? CellFormat.Count : CellFormat.Rate;
        List<TableColumn> columns = [new(chart.XAxisTitle, CellFormat.Text), .. chart.Series.Select(s => new TableColumn(s.Name, format))];
        var rows = chart.Categories.Select((category, i) => new TableRow(
            [TableCell.Of(category), .. chart.Series.Select(s => i < s.Values.Count ? TableCell.Of(s.Values[i]) : TableCell.Empty)],
            chart.HighlightCategory == i ? RowStyle.Highlight : RowStyle.Normal)).ToList();
        var notes = chart.ReferenceLines.Select(r => r.Label).Prepend($"Values: {chart.YAxisTitle}.").ToList();
        return new ReportTable(chart.Id + "-data", chart.Title, columns, rows, notes);
    }

    private static ReportTable Of(ReportMap map)
    {
        var rows = map.Areas.Where(a => !a.Context)
            .Select(a => new TableRow([TableCell.Of(a.Name), TableCell.Of(a.Code), a.Suppressed ? TableCell.Withheld : TableCell.Of(a.Value)]))
            .ToList();
        List<string> notes = [];
        if (map.Areas.Any(a => a.Suppressed)) notes.Add($"{CellText.SuppressedMark} The figure is withheld (small-number suppression).");
        return new ReportTable(map.Id + "-data", map.Title, [new("Area", CellFormat.Text), new("Code", CellFormat.Text), new(map.LegendTitle, map.ValueFormat)], rows, notes);
    }
}
