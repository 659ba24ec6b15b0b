using Csp.Core.Assessment;

namespace Csp.Core.Reports;

/// <summary>
/// The seeds' three-year table ("Strategic Assessment 2016": YE Sept 14, YE Sept 15, YE Sept 16, % change 15 to 16, per
/// 1,000 pop.): the same months in each earlier year the data holds, then this period.
/// </summary>
internal static class SeriesTable
{
    /// <summary>
    /// The categories of the seeds' table per district (seed 004: victim-based crime, crimes against society, total
    /// crime), those of them the partnership's scheme defines, in that order; Total crime alone when it defines neither.
    /// </summary>
    public static readonly IReadOnlyList<string> SeedCategories = ["Victim-based crime", "Crimes against society", Offences.OffenceScheme.TotalCrime];

    /// <summary>
    /// The seeds' table for each area beside the report's (seed 004 gives Dartford's, then Gravesham's): each district of
    /// the partnership, and the partnership's total when the report is on the partnership. Empty for an area alone.
    /// </summary>
    public static IReadOnlyList<ReportTable> PerArea(AssessmentResult area, IReadOnlyList<AssessmentResult> neighbours, SmallNumbers small)
    {
        if (neighbours.Count < 2) return [];
        var year = ReportWords.Year(area);
        return neighbours.Select(n =>
        {
            var rows = SeedCategories.Select(c => n.Rows.FirstOrDefault(r => r.Category == c)).OfType<AssessmentRow>().ToList();
            var total = n.Area.Level == "CommunitySafetyPartnership" && neighbours.Any(o => o.Area.Level == "District") ? " (partnership total)" : "";
            return Of($"Series {n.Area.Name}", $"Strategic Assessment {year}: {n.Area.Name}{total}", n, rows, small);
        }).ToList();
    }

    public static ReportTable Of(string id, string caption, AssessmentResult area, IReadOnlyList<AssessmentRow> rows, SmallNumbers small)
    {
        var points = rows.Count == 0 ? [] : rows[0].Series;
        var labels = points.Select(ReportWords.SeriesLabel).ToList();
        List<TableColumn> columns = [new("Category", CellFormat.Text), .. labels.Select(l => new TableColumn(l, CellFormat.Count))];
        var hasChange = labels.Count >= 2;
        if (hasChange) columns.Add(new($"% change ({Short(labels[^2])} to {Short(labels[^1])})", CellFormat.PercentChange));
        columns.Add(new("Per 1,000 pop.", CellFormat.Rate));

        var withheldAny = false;
        var table = rows.Select(row =>
        {
            var withheld = row.Series.Select(p => small.Withholds(p.Count, area.Area.Level)).ToList();
            withheldAny |= withheld.Any(w => w);
            List<TableCell> cells = [TableCell.Of(row.Category), .. row.Series.Select((p, i) => withheld[i] ? TableCell.Withheld : TableCell.Of(p.Count))];
            if (hasChange)
            {
                var before = row.Series[^2].Count;
                var after = row.Series[^1].Count;
                cells.Add(withheld[^1] || withheld[^2] || before == 0 ? (withheld[^1] || withheld[^2] ? TableCell.Withheld : TableCell.Empty) : TableCell.Of(Math.Round(100.0 * (after - before) / before, 1)));
            }
            cells.Add(withheld[^1] ? TableCell.Withheld : TableCell.Of(row.RatePer1000));
            return new TableRow(cells, row.IsGroup ? RowStyle.Group : RowStyle.Normal);
        }).ToList();
        List<string> notes = [];
        if (withheldAny) notes.Add(small.Note);
        notes.Add(points.Count < 3
            ? $"The data held covers {points.Count} year(s) of these months; earlier years appear as they are imported."
            : "Each column is the same months of a year, so seasons compare like with like.");
        return new ReportTable(id, caption, columns, table, notes);
    }

    /// <summary>"YE Sep 24" -> "24", as the seeds head the change column ("% change (15 to 16)").</summary>
    private static string Short(string label) => label.StartsWith("YE ", StringComparison.Ordinal) ? label[^2..] : label;
}
