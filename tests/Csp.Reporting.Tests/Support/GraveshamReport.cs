using Csp.Core.Geometry;
using Csp.Core.Reports;

namespace Csp.Reporting.Tests.Support;

/// <summary>
/// A committee report built by hand as the report builders will build it: Gravesham, January to September 2025 against
/// the same months of 2022. The figures are worked by hand: total crime 8,401 to 6,643 is -1,758 or -20.9%, and 6,643 among
/// 106,972 residents is 62.10 per 1,000. One count is suppressed (fewer than 5) and one % change is from zero (no figure).
/// </summary>
internal static class GraveshamReport
{
    public const string Title = "Community Safety Strategic Assessment 2025";
    public const string ReportTo = "Crime and Disorder Scrutiny Committee";
    public const string Officer = "Jo Bloggs, Community Safety Manager";
    public const string SuppressionNote = "* Fewer than 5 crimes: the figure is withheld in a public report, and so is the change it would reveal.";

    public static readonly string[] Headers = ["Category", "Jan-Sep 2022", "Jan-Sep 2025", "No. change", "% change", "Per 1,000 pop."];

    public static ReportDocument Build(Classification? classification = null)
    {
        var categories = new ReportTable(
            "Gravesham crime by category",
            "Strategic Assessment 2025: Gravesham crime by category",
            Columns(),
            [
                Row("Total crime", 8401, 6643, -1758, -20.9, 62.10, RowStyle.Group),
                Row("Violence against the person", 3120, 2585, -535, -17.1, 24.17),
                Row("Anti-social behaviour", 2950, 1844, -1106, -37.5, 17.24),
                Row("Criminal damage and arson", 905, 712, -193, -21.3, 6.66),
                Row("Burglary", 402, 318, -84, -20.9, 2.97),
                Row("Robbery", 88, 97, 9, 10.2, 0.91),
                Row("Possession of weapons", 0, 41, 41, null, 0.38),
                new TableRow([TableCell.Of("Bicycle theft"), TableCell.Withheld, TableCell.Of(14), TableCell.Withheld, TableCell.Withheld, TableCell.Of(0.13)]),
            ],
            [SuppressionNote, "Rates use the ONS mid-2022 population estimate for Gravesham (106,972 residents)."]);

        var districts = new ReportTable(
            "Total crime: Dartford, Gravesham and Kent",
            "Strategic Assessment 2025: Total crime in Dartford, Gravesham and Kent",
            Columns("Area"),
            [
                Row("Dartford", 9112, 8950, -162, -1.8, 75.03),
                Row("Gravesham", 8401, 6643, -1758, -20.9, 62.10, RowStyle.Highlight),
                Row("Kent", 118_540, 109_877, -8663, -7.3, 69.71, RowStyle.Group),
            ],
            ["Kent is the Kent Police force area, excluding Medway."]);

        var rankChart = new ReportChart(
            "rates-by-district",
            "Crimes per 1,000 residents, Kent districts, Jan-Sep 2025",
            ChartKind.Bar,
            "District",
            "Crimes per 1,000 residents",
            ["Maidstone", "Dartford", "Gravesham", "Swale", "Sevenoaks"],
            [new ChartSeries("Jan-Sep 2025", [78.4, 75.03, 62.10, 60.2, 41.8], SeriesRole.Current)],
            2,
            [new ReferenceLine("Kent average 69.71", 69.71)],
            "Source: data.police.uk, Kent Police; ONS mid-2022 population estimates",
            "Bar chart of crimes per 1,000 residents in five Kent districts. Gravesham, at 62.10, is below the Kent average of 69.71.");

        var map = new ReportMap(
            "ward-rates",
            "Crimes per 1,000 residents by ward, Gravesham, Jan-Sep 2025",
            "Crimes per 1,000 residents",
            CellFormat.Rate,
            [
                Square("E05015600", "Central", 0.36, 51.44, 128.4),
                Square("E05015601", "Northfleet and Springhead", 0.33, 51.44, 71.25),
                Square("E05015602", "Riverview Park", 0.36, 51.41, 38.9),
                new MapArea("E05015603", "Shorne and Higham", [Ring(0.42, 51.42)], null, Suppressed: true),
            ],
            [40, 60, 80, 100],
            "Source: data.police.uk, Kent Police; ONS ward population estimates mid-2022",
            "Map of Gravesham wards shaded by crimes per 1,000 residents: Central is highest at 128.40.",
            "Ward boundaries are simplified; street-level crime locations are approximate.");

        return new ReportDocument(
            "assessment",
            Title,
            "Gravesham: January to September 2025 compared with January to September 2022",
            classification ?? Classification.Public(),
            [
                new CoverField("Report to", ReportTo),
                new CoverField("Date", "14 October 2025"),
                new CoverField("Reporting officer", Officer),
                new CoverField("Subject", "Community Safety Strategic Assessment 2025: Gravesham"),
                new CoverField("Key decision", "No"),
            ],
            [
                new SubheadingBlock("Purpose and summary of report"),
                new ParagraphBlock("This report gives Members the findings of the Strategic Assessment 2025 for Gravesham: recorded crime fell by 20.9% between January to September 2022 and the same months of 2025."),
                new SubheadingBlock("Recommendations"),
                new ListBlock(["Members are invited to note and comment upon the content of the report.", "Members are asked to endorse the priorities for 2026-27."], Numbered: true),
            ],
            [
                new ReportSection("1", "Introduction",
                [
                    new ParagraphBlock("The Strategic Assessment is an annual audit of crime and disorder, substance misuse and anti-social behaviour, completed by the Community Safety Partnership every year.", "1.1"),
                    new ParagraphBlock("This assessment compares January to September 2025 with the same months of 2022, the last year before the current strategy.", "1.2"),
                ]),
                new ReportSection("2", "Strategic Assessment 2025: recorded crime",
                [
                    new ParagraphBlock("Total recorded crime in Gravesham fell from 8,401 to 6,643 offences, a fall of 1,758 (-20.9%). The rate of 62.10 crimes per 1,000 residents is below the Kent rate.", "2.1"),
                    new NoteBlock("Police data for October to December 2025 was not yet published, so the assessment compares January to September only.", NoteKind.Warning),
                    new TableBlock(categories),
                    new TableBlock(new ReportTable("Significance", "Is the change more than normal variation?",
                        [new("Category", CellFormat.Text), new("p-value", CellFormat.PValue)],
                        [new TableRow([TableCell.Of("Total crime"), TableCell.Of(0.0004)]), new TableRow([TableCell.Of("Robbery"), TableCell.Of(0.0412)])],
                        ["Exact Poisson test of the two rates; below 0.05 is significant."])),
                    new SubheadingBlock("Gravesham among its neighbours"),
                    new ParagraphBlock("Gravesham's rate is below Dartford's and below the Kent average.", "2.2"),
                    new TableBlock(districts),
                    new ChartBlock(rankChart),
                    new ListBlock(["Violence against the person fell by 17.1%.", "Robbery rose by 10.2%, from 88 to 97 offences."]),
                ]),
                new ReportSection("3", "Where crime happens",
                [
                    new ParagraphBlock("Crime is concentrated in Central ward, which includes Gravesend town centre.", "3.1"),
                    new MapBlock(map),
                    new NoteBlock("Ward rates use ward population estimates, which carry more uncertainty than district figures."),
                ]),
                new ReportSection(null, "Appendix: crime by neighbourhood", [new TableBlock(Neighbourhoods())]),
            ],
            [
                new DataSource("data.police.uk street-level crime, Kent Police", "Jan 2022 - Sep 2022, Jan 2025 - Sep 2025", "Open Government Licence v3.0",
                    ["Locations are snapped to anonymised points.", "Anti-social behaviour incidents are counted with crimes, as the seeds do."]),
                new DataSource("ONS mid-year population estimates", "Mid-2022", "Open Government Licence v3.0", []),
            ]);
    }

    /// <summary>
    /// Crime in each of Gravesham's 60 LSOAs: long enough to run over a page, so the header row must repeat. The counts are
    /// made up from the row number (a test of layout, not of figures).
    /// </summary>
    public static ReportTable Neighbourhoods() => new(
        "Crime by LSOA",
        "Crime by neighbourhood (LSOA), Jan-Sep 2025",
        [new("LSOA", CellFormat.Text), new("Name", CellFormat.Text), new("Crimes", CellFormat.Count), new("Per 1,000 pop.", CellFormat.Rate)],
        [.. Enumerable.Range(1, 60).Select(i => new TableRow(
        [
            TableCell.Of($"E0100{4000 + i}"), TableCell.Of($"Gravesham {i:000}"), TableCell.Of(40 + i * 7 % 190), TableCell.Of(Math.Round((40 + i * 7 % 190) / 1.7, 2)),
        ]))],
        []);

    private static IReadOnlyList<TableColumn> Columns(string first = "Category") =>
    [
        new(first, CellFormat.Text),
        new("Jan-Sep 2022", CellFormat.Count),
        new("Jan-Sep 2025", CellFormat.Count),
        new("No. change", CellFormat.SignedCount),
        new("% change", CellFormat.PercentChange),
        new("Per 1,000 pop.", CellFormat.Rate),
    ];

    private static TableRow Row(string name, double before, double after, double change, double? percent, double rate, RowStyle style = RowStyle.Normal) =>
        new([TableCell.Of(name), TableCell.Of(before), TableCell.Of(after), TableCell.Of(change), TableCell.Of(percent), TableCell.Of(rate)], style);

    private static MapArea Square(string code, string name, double lon, double lat, double value) =>
        new(code, name, [Ring(lon, lat)], value, Suppressed: false);

    private static IReadOnlyList<LonLat> Ring(double lon, double lat) =>
        [new(lon, lat), new(lon + 0.03, lat), new(lon + 0.03, lat + 0.02), new(lon, lat + 0.02), new(lon, lat)];
}
