using Csp.Core.Reports;

namespace Csp.Reporting.Tests.Support;

/// <summary>
/// The priority scoring table as the Strategic Assessment prints it (rank, category, score, seven criteria, recommended,
/// the reason): twelve columns, which Chromium laid out 1,062 px wide against the 680 px of an A4 page's text.
/// </summary>
internal static class WideTable
{
    public static readonly string[] Criteria = ["Volume", "Harm", "Trend", "Community concern", "Partnership added value", "Control strategy", "Horizon scanning"];

    public static ReportTable Priorities()
    {
        List<TableColumn> columns = [new("Rank", CellFormat.Text), new("Category", CellFormat.Text), new("Score (of 100)", CellFormat.Decimal1)];
        columns.AddRange(Criteria.Select(c => new TableColumn(c, CellFormat.Decimal1)));
        columns.Add(new("Recommended", CellFormat.Text));
        columns.Add(new("Why", CellFormat.Text));
        string[] categories = ["Violence and sexual offences", "Anti-social behaviour", "Criminal damage and arson", "Possession of weapons"];
        var rows = categories.Select((c, i) => new TableRow(
        [
            TableCell.Of((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), TableCell.Of(c), TableCell.Of(30.5 - i),
            .. Criteria.Select((_, k) => TableCell.Of(k + 0.5 * i)),
            TableCell.Of(i < 2 ? "Yes" : "No"),
            TableCell.Of("45.2% of recorded crime and ASB; 61.0% of harm; down 22.8% (significant); judgement criteria not yet entered."),
        ], i < 2 ? RowStyle.Highlight : RowStyle.Normal)).ToList();
        return new ReportTable("Priority scoring", "Strategic Assessment 2025: priority scoring", columns, rows, ["Each criterion column is its part of the score."]);
    }

    /// <summary>The Gravesham report with the wide table in a section of its own at the end.</summary>
    public static ReportDocument InReport()
    {
        var report = GraveshamReport.Build();
        return report with
        {
            Sections = [.. report.Sections, new ReportSection("9", "Priority setting",
                [new ParagraphBlock("Each crime type is scored on the partnership's criteria.", "9.1"), new TableBlock(Priorities())])],
        };
    }
}
