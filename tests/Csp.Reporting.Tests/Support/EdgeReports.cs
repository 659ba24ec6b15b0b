using Csp.Core.Reports;

namespace Csp.Reporting.Tests.Support;

/// <summary>Reports at the edges of the model: nothing but a title, and tables with no rows or no columns.</summary>
internal static class EdgeReports
{
    public static ReportDocument TitleOnly() =>
        new("committee", "Nothing to report", null, Classification.Public(), [], [], [], []);

    public static ReportDocument EmptyTables() => TitleOnly() with
    {
        Sections =
        [
            new ReportSection("1.", "Empty tables",
            [
                new TableBlock(new ReportTable("No rows", "A table with no rows", [new("Category", CellFormat.Text), new("Count", CellFormat.Count)], [], [])),
                new TableBlock(new ReportTable("No rows", "A table with no columns", [], [], ["Nothing was recorded."])),
                new ChartBlock(new ReportChart("empty-chart", "A chart with no data", ChartKind.Line, "", "", [], [], null, [], "Source: none", "An empty chart.")),
            ]),
        ],
    };
}
