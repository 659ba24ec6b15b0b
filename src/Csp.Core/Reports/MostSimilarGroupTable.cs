using Csp.Core.Assessment;

namespace Csp.Core.Reports;

/// <summary>The area's position in its Most Similar Group per category (seed 004: "our position improved from 15th to 10th"), 1 = the lowest rate.</summary>
public static class MostSimilarGroupTable
{
    public static ReportTable? Of(string id, string caption, AssessmentResult area, SmallNumbers small) =>
        MostSimilarGroupPositions.Of(area, small) is { } positions ? Of(id, caption, positions, small) : null;

    public static ReportTable Of(string id, string caption, MostSimilarGroupPositions positions, SmallNumbers small)
    {
        List<TableColumn> columns =
        [
            new("Category", CellFormat.Text),
            new("Per 1,000 pop.", CellFormat.Rate),
            new("Position (1 = lowest rate)", CellFormat.Text),
            new($"Position in {positions.PreviousPeriod}", CellFormat.Text),
            new("Movement", CellFormat.Text),
        ];
        var rows = positions.Categories.Select(p => new TableRow(
        [
            TableCell.Of(p.Category),
            p.Withheld ? TableCell.Withheld : TableCell.Of(p.Rate),
            p.Withheld ? TableCell.Withheld : TableCell.Of(MostSimilarGroupPositions.Place(p.Position, p.GroupSize)),
            p.Withheld ? TableCell.Withheld : TableCell.Of(MostSimilarGroupPositions.Place(p.PreviousPosition, p.PreviousGroupSize)),
            p.Withheld ? TableCell.Withheld : TableCell.Of(p.Movement ?? "-"),
        ], p.IsGroup ? RowStyle.Group : RowStyle.Normal)).ToList();
        List<string> notes = [];
        if (positions.Categories.Any(p => p.Withheld)) notes.Add(small.Note);
        notes.Add($"{positions.Group}: {string.Join(", ", positions.Members)}. Position 1 is the lowest rate per 1,000 residents; members with equal rates share the better position.");
        if (positions.NoData.Count > 0) notes.Add($"No police.uk data or population held, so not ranked: {string.Join(", ", positions.NoData)}.");
        return new ReportTable(id, caption, columns, rows, notes);
    }
}
