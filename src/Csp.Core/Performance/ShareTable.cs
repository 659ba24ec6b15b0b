using Csp.Core.Reports;

namespace Csp.Core.Performance;

/// <summary>
/// A returned figure split by one breakdown key and shown as shares, as seed 000 shows the probation caseload ("Community
/// 4500 (75%)", "Tier 1 12%"): counts with their % of the total (the headline figure where returned, else the sum of
/// the parts), or returned percentages as they are.
/// </summary>
public static class ShareTable
{
    public static ReportTable Build(string id, string caption, IEnumerable<ReturnValue> values, string measure, string key, string itemHeader, string areaCode, ReturnPeriod period)
    {
        var parts = new List<ReturnValue>();
        ReturnValue? headline = null;
        foreach (var v in values.OrderBy(v => v.Line))
        {
            if (!v.Measure.Equals(measure, StringComparison.OrdinalIgnoreCase) || v.AreaCode != areaCode || v.Period != period) continue;
            if (Breakdown.IsHeadline(v.Breakdown)) headline = v;
            else if (Breakdown.Get(v.Breakdown, key) is not null && Breakdown.Without(v.Breakdown, key).Length == 0) parts.Add(v);
        }
        var percentages = parts.Count > 0 && parts.TrueForAll(p => p.Unit == MeasureUnit.Percentage);
        if (percentages)
        {
            return new ReportTable(id, caption, [new TableColumn(itemHeader, CellFormat.Text), new TableColumn("% of total", CellFormat.Percent)],
                parts.Select(p => new TableRow([TableCell.Of(Breakdown.Get(p.Breakdown, key)!), p.Value is { } n ? TableCell.Of((double)n) : TableCell.Of("u/a")])).ToList(),
                [$"{period.Label()}. Shares as returned."]);
        }
        var total = headline?.Value ?? (parts.TrueForAll(p => p.Value is not null) ? parts.Sum(p => p.Value!.Value) : null);
        var rows = parts.Select(p => new TableRow(
        [
            TableCell.Of(Breakdown.Get(p.Breakdown, key)!),
            p.Value is { } n ? TableCell.Of((double)n) : TableCell.Of("u/a"),
            p.Value is { } m && total is { } t && t != 0 ? TableCell.Of((double)Math.Round(m * 100m / t, 1, MidpointRounding.AwayFromZero)) : TableCell.Empty,
        ])).ToList();
        if (total is { } all) rows.Add(new TableRow([TableCell.Of("Total"), TableCell.Of((double)all), TableCell.Of(100.0)], RowStyle.Group));
        return new ReportTable(id, caption, [new TableColumn(itemHeader, CellFormat.Text), new TableColumn("Number", CellFormat.Count), new TableColumn("% of total", CellFormat.Percent)],
            rows, [headline is null ? $"{period.Label()}. Shares of the sum of the parts."
                : string.Create(System.Globalization.CultureInfo.GetCultureInfo("en-GB"), $"{period.Label()}. Shares of the total returned ({headline.Value:#,0}).")]);
    }
}
