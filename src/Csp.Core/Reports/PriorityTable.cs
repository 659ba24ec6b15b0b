using System.Globalization;
using Csp.Core.Priorities;

namespace Csp.Core.Reports;

/// <summary>The priority scoring as a table: rank (1 = highest score), category, score out of 100, each criterion's contribution, recommended or not, and the reason in words.</summary>
internal static class PriorityTable
{
    /// <param name="unentered">The sentence saying which judgements nobody has entered (<see cref="PriorityScoring.Unentered"/>), said once under the table.</param>
    public static ReportTable Of(string id, string caption, IReadOnlyList<PriorityScore> scores, bool withCriteria = false, string? unentered = null)
    {
        // Criteria in use somewhere (a weight above 0): a judgement nobody entered is no column of zeros.
        var criteria = scores.SelectMany(s => s.Criteria).Where(c => c.Weight > 0).Select(c => c.Criterion).Distinct().ToList();
        List<TableColumn> columns = [new("Rank (1 = highest score)", CellFormat.Text), new("Category", CellFormat.Text), new("Score (of 100)", CellFormat.Decimal1)];
        if (withCriteria) columns.AddRange(criteria.Select(c => new TableColumn(Words(c), CellFormat.Decimal1)));
        columns.Add(new("Recommended", CellFormat.Text));
        columns.Add(new("Why", CellFormat.Text));
        var rows = scores.Select(s =>
        {
            List<TableCell> cells = [TableCell.Of(s.Rank.ToString(CultureInfo.InvariantCulture)), TableCell.Of(s.Category), TableCell.Of(s.Score)];
            if (withCriteria)
            {
                // A criterion's part of the score, on the same 0 to 100 scale: score (0 to 1) x weight / total weight.
                var totalWeight = s.Criteria.Sum(c => c.Weight);
                cells.AddRange(criteria.Select(name => s.Criteria.FirstOrDefault(c => c.Criterion == name) is { } c && totalWeight > 0
                    ? TableCell.Of(Math.Round(100 * c.Score * c.Weight / totalWeight, 1))
                    : TableCell.Empty));
            }
            cells.Add(TableCell.Of(s.Recommended ? "Yes" : "No"));
            cells.Add(TableCell.Of(s.Reason));
            return new TableRow(cells, s.Recommended ? RowStyle.Highlight : RowStyle.Normal);
        }).ToList();
        List<string> notes = [];
        if (withCriteria) notes.Add("Each criterion column is its part of the score (its 0 to 1 score against the largest candidate, times its weight, as a share of the weights in use, out of 100). Volume (share of Total crime), harm (share of Total crime's harm) and trend are measured; the others are entered by the partnership (data/config/priority-judgements.csv).");
        notes.Add(PriorityScoring.ThresholdRule);
        if (unentered is not null) notes.Add(unentered);
        return new ReportTable(id, caption, columns, rows, notes);
    }

    private static string Words(string criterion) => criterion switch
    {
        "CommunityConcern" => "Community concern",
        "PartnershipAddedValue" => "Partnership added value",
        "ControlStrategy" => "Control strategy",
        "HorizonScanning" => "Horizon scanning",
        _ => criterion,
    };
}
