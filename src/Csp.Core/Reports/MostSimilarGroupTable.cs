using Csp.Core.Assessment;

namespace Csp.Core.Reports;

/// <summary>The area's position in its Most Similar Group per category (seed 004: "our position improved from 15th to 10th"), 1 = the lowest rate.</summary>
internal static class MostSimilarGroupTable
{
    public static ReportTable? Of(string id, string caption, AssessmentResult area, SmallNumbers small)
    {
        if (area.MostSimilarGroup is not { } group || group.Categories.Count == 0) return null;
        List<TableColumn> columns =
        [
            new("Category", CellFormat.Text),
            new("Per 1,000 pop.", CellFormat.Rate),
            new("Position (1 = lowest rate)", CellFormat.Text),
            new($"Position in {area.Baseline.Label}", CellFormat.Text),
            new("Movement", CellFormat.Text),
        ];
        var withheldAny = false;
        var rows = new List<TableRow>();
        foreach (var standing in group.Categories)
        {
            var row = area.Rows.FirstOrDefault(r => r.Category == standing.Category);
            var withheld = row is not null && (small.Withholds(row.Count, area.Area.Level) || small.Withholds(row.BaselineCount ?? 0, area.Area.Level));
            withheldAny |= withheld;
            rows.Add(new TableRow(
            [
                TableCell.Of(standing.Category),
                withheld ? TableCell.Withheld : TableCell.Of(standing.Rate),
                withheld ? TableCell.Withheld : TableCell.Of(standing.Rank is { } r ? $"{FindingWriter.Ordinal(r)} of {standing.GroupSize}" : "-"),
                withheld ? TableCell.Withheld : TableCell.Of(standing.PreviousRank is { } p ? $"{FindingWriter.Ordinal(p)} of {standing.PreviousGroupSize}" : "-"),
                withheld ? TableCell.Withheld : TableCell.Of(standing.Movement),
            ], row?.IsGroup == true ? RowStyle.Group : RowStyle.Normal));
        }
        List<string> notes = [];
        if (withheldAny) notes.Add(small.Note);
        notes.Add($"{group.Group}: {string.Join(", ", group.Members)}. Position 1 is the lowest rate per 1,000 residents; members with equal rates share the better position.");
        if (group.NoData.Count > 0) notes.Add($"No police.uk data or population held, so not ranked: {string.Join(", ", group.NoData)}.");
        return new ReportTable(id, caption, columns, rows, notes);
    }
}
