using Csp.Core.Assessment;

namespace Csp.Core.Reports;

/// <summary>
/// The seeds' period-comparison table: the count last year and this year, the number change, the % change and the rate
/// per 1,000 residents, either for several areas and one category ("Strategic Assessment 2010: Violent crime data":
/// Dartford, Gravesham, Kent) or for one area and several categories. Small numbers in small areas are withheld in public
/// reports with every figure that would reveal them.
/// </summary>
internal static class PeriodComparisonTable
{
    /// <summary>One category across areas, the county last (as a group row), the area itself highlighted.</summary>
    public static ReportTable AcrossAreas(string id, string caption, string category, AssessmentResult area, IReadOnlyList<AssessmentResult> areas, SmallNumbers small)
    {
        var rows = new List<TableRow>();
        var notes = new List<string>();
        foreach (var other in areas)
        {
            var row = other.Rows.FirstOrDefault(r => r.Category == category);
            if (row is null) continue;
            var style = other.Area.Code == area.Area.Code ? RowStyle.Highlight : RowStyle.Normal;
            rows.Add(Row(other.Area.Name, row, other.Area.Level, small, style, out var withheld));
            if (withheld) notes.Add(small.Note);
        }
        var own = area.Rows.FirstOrDefault(r => r.Category == category);
        if (area.County is { } county && county.Code != area.Area.Code && own is not null)
        {
            var scale = (double)area.Period.Months / area.Baseline.Months;
            rows.Add(new TableRow(
            [
                TableCell.Of(county.Name), TableCell.Of(own.CountyBaselineCount), TableCell.Of(own.CountyCount),
                own.CountyPercentChange is null ? TableCell.Empty : TableCell.Of(Math.Round(own.CountyCount - own.CountyBaselineCount!.Value * scale)), TableCell.Of(own.CountyPercentChange), TableCell.Of(own.CountyRatePer1000),
            ], RowStyle.Group));
        }
        return new ReportTable(id, caption, Columns(area, "Area", withSignificance: false), rows, [.. notes.Distinct(), .. Notes(area)]);
    }

    /// <summary>Several categories of one area, with whether each change is statistically significant.</summary>
    public static ReportTable AcrossCategories(string id, string caption, AssessmentResult area, IEnumerable<AssessmentRow> rows, SmallNumbers small)
    {
        var table = new List<TableRow>();
        var withheld = false;
        foreach (var row in rows)
        {
            var r = Row(row.Category, row, area.Area.Level, small, row.IsGroup ? RowStyle.Group : RowStyle.Normal, out var w);
            withheld |= w;
            table.Add(r with
            {
                Cells =
                [
                    .. r.Cells,
                    w ? TableCell.Withheld : TableCell.Of(row.ShareOfTotal),
                    w ? TableCell.Withheld : row.Significant is { } sig ? TableCell.Of(sig ? "Yes" : "No") : TableCell.Empty,
                    w ? TableCell.Withheld : TableCell.Of(row.PValue),
                ],
            });
        }
        List<string> notes = [];
        if (withheld) notes.Add(small.Note);
        notes.Add("Share: the category's part of Total crime in the period (anti-social behaviour is not a crime and has no share).");
        notes.Add("Significant: the change is more than normal variation (exact Poisson test of the two rates, p < 0.05).");
        return new ReportTable(id, caption, Columns(area, "Category", withSignificance: true), table, [.. notes, .. Notes(area)]);
    }

    private static List<TableColumn> Columns(AssessmentResult area, string first, bool withSignificance)
    {
        List<TableColumn> columns =
        [
            new(first, CellFormat.Text),
            new(area.Baseline.Label, CellFormat.Count),
            new(area.Period.Label, CellFormat.Count),
            new("No. change", CellFormat.SignedCount),
            new("% change", CellFormat.PercentChange),
            new("Per 1,000 pop.", CellFormat.Rate),
        ];
        if (withSignificance)
        {
            columns.Add(new("Share of total", CellFormat.Percent));
            columns.Add(new("Significant", CellFormat.Text));
            columns.Add(new("p-value", CellFormat.PValue));
        }
        return columns;
    }

    private static TableRow Row(string name, AssessmentRow row, string level, SmallNumbers small, RowStyle style, out bool withheld)
    {
        var current = small.Withholds(row.Count, level);
        var baseline = small.Withholds(row.BaselineCount ?? 0, level);
        withheld = current || baseline;
        return new TableRow(
        [
            TableCell.Of(name),
            baseline ? TableCell.Withheld : TableCell.Of(row.BaselineCount),
            current ? TableCell.Withheld : TableCell.Of(row.Count),
            withheld ? TableCell.Withheld : TableCell.Of(row.Change),
            withheld ? TableCell.Withheld : TableCell.Of(row.PercentChange),
            current ? TableCell.Withheld : TableCell.Of(row.RatePer1000),
        ], style);
    }

    private static IEnumerable<string> Notes(AssessmentResult area)
    {
        if (area.Partial) yield return "Partial data: some months are missing from the period or the baseline (see the notes on sources).";
        if (!area.Comparable) yield return "No comparison: the data holds no month of the baseline to set against the period's, so no change is given (see the notes).";
        else if (area.MonthsCompared.Count < area.Period.Months) yield return $"Changes compare only the {area.MonthsCompared.Count} months both periods hold.";
        if (area.PopulationYear is { } year)
        {
            yield return area.PeriodMonthsHeld.Count is > 0 and var held && held < area.Period.Months
                ? $"Rates per 1,000 residents use the ONS estimate for {year}, over the {held} months of the period held (a part year, not annualised)."
                : $"Rates per 1,000 residents use the ONS estimate for {year}, for the period as given (not annualised).";
        }
        if (area.Period.Months != area.Baseline.Months) yield return "The period and baseline differ in length: the change compares the baseline scaled to the period's length.";
    }
}
