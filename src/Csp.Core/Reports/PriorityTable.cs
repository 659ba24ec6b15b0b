using System.Globalization;
using Csp.Core.Priorities;

namespace Csp.Core.Reports;

/// <summary>The priority scoring as a table: rank, category, score out of 100, each criterion's contribution, recommended or not, and the reason in words.</summary>
public static class PriorityTable
{
    public static ReportTable Of(string id, string caption, IReadOnlyList<PriorityScore> scores, bool withCriteria = false)
    {
        var criteria = scores.SelectMany(s => s.Criteria).Select(c => c.Criterion).Distinct().ToList();
        List<TableColumn> columns = [new("Rank", CellFormat.Text), new("Category", CellFormat.Text), new("Score (of 100)", CellFormat.Decimal1)];
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
        List<string> notes = withCriteria
            ? ["Each criterion column is its part of the score (its 0 to 1 score times its weight, as a share of all the weights, out of 100). Volume, harm and trend are measured; the others are entered by the partnership (data/config/priority-judgements.csv)."]
            : [];
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
