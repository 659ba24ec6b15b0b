using System.Globalization;
using Csp.Core.Reports;

namespace Csp.Core.Performance;

/// <summary>
/// A returned count by sex for two periods, in seed 000's layout ("New entrants to the Youth Justice System"): one row per
/// area, Female / Male / All for each period, then the % change in All. A total that does not add up is shown as
/// returned and flagged with a note.
/// </summary>
public static class SexBreakdownTable
{
    public const string FlagMark = "\u2020";

    /// <param name="areas">The rows in order: area code and the label to show ("KCC Area").</param>
    public static ReportTable Build(string id, string caption, IEnumerable<ReturnValue> values, string measure, IReadOnlyList<(string Code, string Label)> areas, ReturnPeriod first, ReturnPeriod second)
    {
        var cells = new Dictionary<(string Area, ReturnPeriod Period, string Sex), ReturnValue>();
        foreach (var v in values)
        {
            if (!v.Measure.Equals(measure, StringComparison.OrdinalIgnoreCase) || (v.Period != first && v.Period != second)) continue;
            var sex = Breakdown.Get(v.Breakdown, "sex");
            if (Breakdown.Without(v.Breakdown, "sex").Length > 0) continue;
            sex = sex is null || Breakdown.IsTotalValue(sex) ? "All" : sex;
            cells[(v.AreaCode, v.Period, sex)] = v;
        }
        string[] sexes = ["Female", "Male", "All"];
        var columns = new List<TableColumn> { new("", CellFormat.Text) };
        foreach (var period in new[] { first, second })
        {
            columns.AddRange(sexes.Select(s => new TableColumn($"{period.LongLabel()} {s}", CellFormat.Count)));
        }
        columns.Add(new TableColumn("% change", CellFormat.PercentChange));
        var rows = new List<TableRow>();
        var notes = new List<string>();
        foreach (var (code, label) in areas)
        {
            var row = new List<TableCell>();
            var flagged = false;
            foreach (var period in new[] { first, second })
            {
                foreach (var sex in sexes)
                {
                    var v = cells.GetValueOrDefault((code, period, sex));
                    row.Add(v?.Value is { } n ? TableCell.Of((double)n) : v is null ? TableCell.Empty : TableCell.Of("u/a"));
                    if (v is null || (v.Flags & ReturnFlags.TotalDisagreesWithParts) == 0) continue;
                    flagged = true;
                    var female = cells.GetValueOrDefault((code, period, "Female"))?.Value;
                    var male = cells.GetValueOrDefault((code, period, "Male"))?.Value;
                    notes.Add(string.Create(CultureInfo.GetCultureInfo("en-GB"),
                        $"{FlagMark} {label}, {period.LongLabel()}: All is {v.Value:#,0} but Female + Male is {female + male:#,0} ({female:#,0} + {male:#,0}); the figures are shown as returned (line {v.Line})."));
                }
            }
            var before = cells.GetValueOrDefault((code, first, "All"))?.Value;
            var after = cells.GetValueOrDefault((code, second, "All"))?.Value;
            row.Add(before is { } b && b != 0 && after is { } a ? TableCell.Of((double)Math.Round((a - b) * 100m / b, 1, MidpointRounding.AwayFromZero)) : TableCell.Empty);
            row.Insert(0, TableCell.Of(flagged ? $"{label} {FlagMark}" : label));
            rows.Add(new TableRow(row));
        }
        return new ReportTable(id, caption, columns, rows, notes);
    }
}
