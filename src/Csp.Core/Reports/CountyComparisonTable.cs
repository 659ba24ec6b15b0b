using Csp.Core.Assessment;

namespace Csp.Core.Reports;

/// <summary>How the area compares with its county: its rate beside the county's, its rank among the sibling areas by rate
/// and by change, its % change beside the county's ("fallen by 11.5% compared to an average Kent-wide reduction of 9.0%").</summary>
internal static class CountyComparisonTable
{
    public static ReportTable Of(string id, string caption, AssessmentResult area, IEnumerable<AssessmentRow> rows, SmallNumbers small)
    {
        var county = area.County?.Name ?? "County";
        List<TableColumn> columns =
        [
            new("Category", CellFormat.Text),
            new("Per 1,000 pop.", CellFormat.Rate),
            new($"{county} per 1,000", CellFormat.Rate),
            new("Rank by rate (1 = highest)", CellFormat.Text),
            new("% change", CellFormat.PercentChange),
            new($"{county} % change", CellFormat.PercentChange),
            new("Rank by % change (1 = largest rise)", CellFormat.Text),
        ];
        var withheldAny = false;
        var table = rows.Select(row =>
        {
            var withheld = small.Withholds(row.Count, area.Area.Level) || small.Withholds(row.BaselineCount ?? 0, area.Area.Level);
            withheldAny |= withheld;
            return new TableRow(
            [
                TableCell.Of(row.Category),
                withheld ? TableCell.Withheld : TableCell.Of(row.RatePer1000),
                TableCell.Of(row.CountyRatePer1000),
                withheld ? TableCell.Withheld : TableCell.Of(row.Rank is { } r ? Position(r, row.RankOf) : "-"),
                withheld ? TableCell.Withheld : TableCell.Of(row.PercentChange),
                TableCell.Of(row.CountyPercentChange),
                withheld ? TableCell.Withheld : TableCell.Of(row.ChangeRank is { } c ? Position(c, row.ChangeRankOf) : "-"),
            ], row.IsGroup ? RowStyle.Group : RowStyle.Normal);
        }).ToList();
        List<string> notes = [];
        if (withheldAny) notes.Add(small.Note);
        notes.Add($"Rank by rate: 1 is the highest rate among {area.RankedAmong}'s areas; rank by % change: 1 is the largest rise (or smallest fall), the last the largest fall.");
        return new ReportTable(id, caption, columns, table, notes);
    }

    /// <summary>"highest of 13", "2nd highest of 13", "lowest of 13": which way the rank runs, in the cell itself.</summary>
    internal static string Position(int rank, int of) =>
        rank == 1 ? $"highest of {of}" : rank == of ? $"lowest of {of}" : $"{FindingWriter.Ordinal(rank)} highest of {of}";
}
