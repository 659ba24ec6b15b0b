using Csp.Core.Geometry;
using Csp.Core.Reports;

namespace Csp.Reporting.Tests.Support;

/// <summary>
/// A Strategic Assessment of the size the report builders make for one district: every category with a three-year
/// table, a monthly trend chart and a rank chart, a ward map, the priority scoring table and the sources. The numbers are
/// made up (deterministically); it is for checking that big documents stay valid and fast, not for checking figures.
/// </summary>
internal static class FullAssessment
{
    private static readonly string[] Categories =
    [
        "Violence against the person", "Anti-social behaviour", "Criminal damage and arson", "Burglary", "Robbery",
        "Vehicle crime", "Shoplifting", "Theft from the person", "Bicycle theft", "Other theft", "Drugs",
        "Possession of weapons", "Public order", "Other crime",
    ];

    private static readonly string[] Districts =
    [
        "Ashford", "Canterbury", "Dartford", "Dover", "Folkestone and Hythe", "Gravesham", "Maidstone", "Sevenoaks",
        "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells",
    ];

    public static ReportDocument Build()
    {
        var random = new Random(2025);
        List<ReportSection> sections = [];
        var n = 1;
        foreach (var category in Categories)
        {
            var number = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var months = Enumerable.Range(0, 36).Select(m => new DateOnly(2022, 10, 1).AddMonths(m).ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))).ToList();
            List<ReportBlock> blocks =
            [
                new ParagraphBlock($"{category} in Gravesham is set out below for the three years ending 30 September, with the Kent districts for comparison.", $"{number}.1"),
                new ParagraphBlock("The change from last year is tested for significance against the variation expected by chance; the test and its p-value are in the table.", $"{number}.2"),
                new TableBlock(new ReportTable(
                    $"{category} by district",
                    $"Strategic Assessment 2025: {category} by district",
                    [
                        new("Area", CellFormat.Text), new("YE Sep 2023", CellFormat.Count), new("YE Sep 2024", CellFormat.Count),
                        new("YE Sep 2025", CellFormat.Count), new("No. change", CellFormat.SignedCount), new("% change", CellFormat.PercentChange),
                        new("Per 1,000 pop.", CellFormat.Rate), new("p-value", CellFormat.PValue),
                    ],
                    [.. Districts.Select(d => Row(d, random, d == "Gravesham" ? RowStyle.Highlight : RowStyle.Normal)), Row("Kent", random, RowStyle.Group)],
                    ["p-values from a two-sided Poisson test of this year against last."])),
                new ChartBlock(new ReportChart($"trend-{n}", $"{category}: crimes per month, Gravesham", ChartKind.Line, "Month", "Crimes",
                    months,
                    [
                        new ChartSeries("Gravesham", [.. months.Select(_ => (double?)random.Next(20, 300))], SeriesRole.Current),
                        new ChartSeries("Three-year average", [.. months.Select(_ => (double?)150)], SeriesRole.Baseline),
                    ],
                    null, [new ReferenceLine("Upper control limit", 260)], "Source: data.police.uk, Kent Police", $"Monthly {category} in Gravesham over three years.")),
                new ChartBlock(new ReportChart($"rank-{n}", $"{category}: crimes per 1,000 residents by district", ChartKind.Bar, "District", "Crimes per 1,000 residents",
                    Districts, [new ChartSeries("YE Sep 2025", [.. Districts.Select(_ => (double?)Math.Round(random.NextDouble() * 40, 2))], SeriesRole.Current)],
                    5, [new ReferenceLine("Kent", 20.5)], "Source: data.police.uk, Kent Police; ONS mid-2022 population estimates", $"{category} rates across Kent's districts.")),
                new ListBlock(["The change is statistically significant at the 95% level.", "Gravesham ranks sixth of twelve districts."]),
            ];
            sections.Add(new ReportSection(number, $"{category}", blocks));
            n++;
        }

        var wards = Enumerable.Range(0, 40).Select(i => new MapArea(
            $"E0501{5600 + i}", $"Ward {i + 1}",
            [[new LonLat(0.30 + i % 8 * 0.02, 51.40 + i / 8 * 0.01), new LonLat(0.32 + i % 8 * 0.02, 51.40 + i / 8 * 0.01), new LonLat(0.32 + i % 8 * 0.02, 51.41 + i / 8 * 0.01), new LonLat(0.30 + i % 8 * 0.02, 51.40 + i / 8 * 0.01)]],
            random.Next(10, 140), Suppressed: i == 7)).ToList();
        sections.Add(new ReportSection(n.ToString(System.Globalization.CultureInfo.InvariantCulture), "Where crime happens",
        [
            new MapBlock(new ReportMap("wards", "Crimes per 1,000 residents by ward", "Crimes per 1,000 residents", CellFormat.Rate, wards, [40, 60, 80, 100],
                "Source: data.police.uk; ONS", "Ward map.", "Boundaries simplified.")),
            new TableBlock(new ReportTable("Priority scores", "Priority scoring", [new("Category", CellFormat.Text), new("Score", CellFormat.Decimal1), new("Reasons", CellFormat.Text)],
                [.. Categories.Select(c => new TableRow([TableCell.Of(c), TableCell.Of(random.Next(10, 50) / 2.0), TableCell.Of("Volume high; harm medium; community concern high; trend rising.")]))],
                [])),
        ]));

        var baseline = GraveshamReport.Build();
        return baseline with { Sections = [.. baseline.Sections, .. sections] };
    }

    private static TableRow Row(string area, Random random, RowStyle style)
    {
        var a = random.Next(200, 4000);
        var b = random.Next(200, 4000);
        var c = random.Next(200, 4000);
        return new TableRow(
            [
                TableCell.Of(area), TableCell.Of(a), TableCell.Of(b), TableCell.Of(c), TableCell.Of(c - b),
                TableCell.Of(Math.Round(100.0 * (c - b) / b, 1)), TableCell.Of(Math.Round(c / 107.0, 2)), TableCell.Of(random.NextDouble() / 10),
            ],
            style);
    }
}
