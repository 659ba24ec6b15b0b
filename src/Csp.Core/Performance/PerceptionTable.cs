using Csp.Core.Reports;

namespace Csp.Core.Performance;

/// <summary>
/// Survey percentages by item for two periods, in seed 000's "ASB perception" layout (KCVS, Apr-Jun 10 against
/// Apr-Jun 11): one row per item in the order the return lists them, the change in percentage points (the seed heads it
/// "% change" but subtracts: 28.2% to 18.9% is -9.3), and "u/a" where the question was not asked.
/// </summary>
public static class PerceptionTable
{
    /// <param name="key">The breakdown key naming the items ("behaviour").</param>
    /// <param name="headlines">Measures to add as last rows from their headline figures, with their labels ("% perceived high level of ASB").</param>
    public static ReportTable Build(string id, string caption, IEnumerable<ReturnValue> values, string measure, string key, string itemHeader, string areaCode,
        ReturnPeriod first, ReturnPeriod second, IReadOnlyList<(string Measure, string Label)>? headlines = null)
    {
        var items = new List<string>();
        var cells = new Dictionary<(string Item, ReturnPeriod Period), ReturnValue>();
        foreach (var v in values.OrderBy(v => v.Line))
        {
            if (v.AreaCode != areaCode || (v.Period != first && v.Period != second)) continue;
            string? item = null;
            if (v.Measure.Equals(measure, StringComparison.OrdinalIgnoreCase) && Breakdown.Get(v.Breakdown, key) is { } named) item = named;
            else if (Breakdown.IsHeadline(v.Breakdown) && headlines?.FirstOrDefault(h => h.Measure.Equals(v.Measure, StringComparison.OrdinalIgnoreCase)) is { Label: { } label }) item = "\u0000" + label;
            if (item is null) continue;
            if (!items.Contains(item)) items.Add(item);
            cells[(item, v.Period)] = v;
        }
        // Headline rows go last, in the order given.
        var ordered = items.Where(i => i[0] != '\u0000').Concat((headlines ?? []).Select(h => "\u0000" + h.Label).Where(items.Contains)).ToList();
        var rows = new List<TableRow>();
        foreach (var item in ordered)
        {
            var before = cells.GetValueOrDefault((item, first));
            var after = cells.GetValueOrDefault((item, second));
            TableCell Cell(ReturnValue? v) => v is null ? TableCell.Empty : v.Value is { } n ? TableCell.Of((double)n) : TableCell.Of("u/a");
            var change = before?.Value is { } b && after?.Value is { } a ? TableCell.Of((double)(a - b))
                : before is not null && after is not null ? TableCell.Of("u/a") : TableCell.Empty;
            rows.Add(new TableRow([TableCell.Of(item.TrimStart('\u0000')), Cell(before), Cell(after), change], item[0] == '\u0000' ? RowStyle.Group : RowStyle.Normal));
        }
        return new ReportTable(id, caption,
            [new TableColumn(itemHeader, CellFormat.Text), new TableColumn(first.Label(), CellFormat.Percent), new TableColumn(second.Label(), CellFormat.Percent),
             new TableColumn("Change (percentage points)", CellFormat.Decimal1)],
            rows,
            ["Percentages of respondents. The change is in percentage points. u/a: not available (the question was not asked)."]);
    }
}
