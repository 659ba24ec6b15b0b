using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Csp.Core.Reports;
using Csp.Reporting.Html;
using Csp.Reporting.Tests.Support;

namespace Csp.Reporting.Tests.Html;

public sealed class HtmlReportRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    internal static string Render(ReportDocument document) =>
        new HtmlReportRenderer(new FixedClock(new DateTimeOffset(2025, 10, 14, 9, 0, 0, TimeSpan.Zero))).Render(document);

    /// <summary>The page is well-formed XML as well as HTML (polyglot markup), so the tests can read it with LINQ to XML.</summary>
    internal static XDocument Parse(string html) => XDocument.Parse(Regex.Replace(html, "^<!DOCTYPE html>", ""));

    private static IEnumerable<XElement> All(XDocument page, string name) => page.Descendants(name);

    [Fact]
    public async Task The_page_passes_the_Nu_Html_Checker()
    {
        foreach (var (name, report) in new[] { ("gravesham.html", GraveshamReport.Build()), ("full.html", FullAssessment.Build()), ("edge.html", EdgeReports.EmptyTables()) })
        {
            var file = Path.Combine(ReportOutput.Folder("html"), name);
            await File.WriteAllTextAsync(file, Render(report), Encoding.UTF8);
            Assert.Empty(await NuHtmlChecker.ErrorsAsync(file));
        }
    }

    [Fact]
    public void Table_rows_read_as_the_report_model_writes_the_figures()
    {
        var page = Parse(Render(GraveshamReport.Build()));
        var rows = All(page, "tr").Select(tr => string.Join(" | ", tr.Elements().Select(c => c.Value))).ToList();
        Assert.Contains("Total crime | 8,401 | 6,643 | -1,758 | -20.9% | 62.10", rows);
        Assert.Contains("Possession of weapons | 0 | 41 | +41 | - | 0.38", rows);
        Assert.Contains("Bicycle theft | * | 14 | * | * | 0.13", rows);
        Assert.Contains("Kent | 118,540 | 109,877 | -8,663 | -7.3% | 69.71", rows);
    }

    [Fact]
    public void Tables_have_captions_column_headers_and_row_headers()
    {
        var page = Parse(Render(GraveshamReport.Build()));
        var table = All(page, "table").Single(t => t.Element("caption")?.Value == "Strategic Assessment 2025: Gravesham crime by category");
        Assert.Equal(GraveshamReport.Headers, table.Element("thead")!.Descendants("th").Select(th => th.Value));
        Assert.All(table.Element("thead")!.Descendants("th"), th => Assert.Equal("col", (string?)th.Attribute("scope")));
        Assert.All(table.Element("tbody")!.Elements("tr"), tr => Assert.Equal("row", (string?)tr.Elements().First().Attribute("scope")));
        Assert.Contains(table.Element("tbody")!.Elements("tr"), tr => (string?)tr.Attribute("class") == "group");
    }

    [Fact]
    public void The_cover_shows_the_classification_and_the_front_sheet_fields()
    {
        var page = Parse(Render(GraveshamReport.Build()));
        Assert.Equal("Classification: Part 1 - Public", All(page, "p").First(p => (string?)p.Attribute("class") == "classification").Value);
        var fields = All(page, "table").First(t => (string?)t.Attribute("class") == "front-sheet").Descendants("tr")
            .Select(tr => tr.Element("th")!.Value + " " + tr.Element("td")!.Value).ToList();
        Assert.Contains("Report to: " + GraveshamReport.ReportTo, fields);
        Assert.Contains("Reporting officer: " + GraveshamReport.Officer, fields);
        Assert.Equal("Part 1 - Public", (string?)All(page, "meta").Single(m => (string?)m.Attribute("name") == "classification").Attribute("content"));
    }

    [Fact]
    public void Every_chart_and_map_is_inline_SVG_with_its_alternative_text_and_its_figures()
    {
        var report = GraveshamReport.Build();
        var page = Parse(Render(report));
        var figures = All(page, "figure").Where(f => ((string?)f.Attribute("class"))?.Contains("figure", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(report.Figures().Count(), figures.Count);
        foreach (var (figure, block) in figures.Zip(report.Figures()))
        {
            var svg = figure.Descendants(Svg + "svg").Single();
            Assert.Equal("img", (string?)svg.Attribute("role"));
            Assert.Equal(block.AltText, (string?)svg.Attribute("aria-label"));
            Assert.Equal(block.Title, figure.Element("figcaption")!.Value);
            Assert.Contains(figure.Descendants("p"), p => p.Value == block.Source);
            Assert.NotNull(figure.Descendants("details").Single().Descendants("table").Single());
        }
    }

    [Fact]
    public void The_rank_chart_draws_one_bar_per_district_and_highlights_the_area()
    {
        var page = Parse(Render(GraveshamReport.Build()));
        var chart = All(page, "figure").Single(f => (string?)f.Attribute("id") == "figure-rates-by-district");
        var bars = chart.Descendants(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).ToList();
        Assert.Equal(5, bars.Count);
        var gravesham = bars.Single(b => b.Element(Svg + "title")!.Value == "Gravesham: 62.10");
        Assert.Single(bars, b => (string?)b.Attribute("fill") == (string?)gravesham.Attribute("fill"));
        // Bars are drawn to scale from zero: Maidstone's 78.4 is 78.4 / 62.1 times Gravesham's bar.
        var maidstone = bars.Single(b => b.Element(Svg + "title")!.Value.StartsWith("Maidstone", StringComparison.Ordinal));
        Assert.Equal(78.4 / 62.1, Width(maidstone) / Width(gravesham), 2);
        Assert.Contains(chart.Descendants(Svg + "text"), t => t.Value == "Kent average 69.71");
    }

    [Fact]
    public void The_map_shades_each_ward_by_its_class_and_hatches_a_withheld_figure()
    {
        var page = Parse(Render(GraveshamReport.Build()));
        var map = All(page, "figure").Single(f => (string?)f.Attribute("id") == "figure-ward-rates");
        var areas = map.Descendants(Svg + "path").Where(p => p.Element(Svg + "title") is not null).ToDictionary(p => p.Element(Svg + "title")!.Value.Split(':')[0], p => (string)p.Attribute("fill")!);
        Assert.Equal(4, areas.Count);
        // Breaks 40, 60, 80, 100: Central (128.40) is in the top class, Riverview Park (38.90) the bottom, and they differ.
        Assert.NotEqual(areas["Central"], areas["Riverview Park"]);
        Assert.StartsWith("url(#hatch-", areas["Shorne and Higham"], StringComparison.Ordinal);
        Assert.Contains(map.Descendants(Svg + "text"), t => t.Value == "100.00 and above");
        Assert.Contains(map.Descendants(Svg + "text"), t => t.Value == "withheld (small number)");
        Assert.DoesNotContain(map.Descendants(Svg + "title"), t => t.Value.StartsWith("Shorne and Higham", StringComparison.Ordinal) && t.Value.Any(char.IsDigit));
    }

    [Fact]
    public void Text_from_a_partner_is_escaped_and_stripped_of_control_characters()
    {
        var report = EdgeReports.TitleOnly() with { Title = "Crime & disorder <script>alert(1)</script>\u0001 report" };
        var html = Render(report);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal("Crime & disorder <script>alert(1)</script> report", Parse(html).Descendants("h1").Single().Value);
    }

    [Fact]
    public void Empty_tables_and_a_chart_without_data_still_make_a_valid_page()
    {
        var page = Parse(Render(EdgeReports.EmptyTables()));
        // The two tables, and the (empty) figures table behind the chart; no sources means no sources table.
        Assert.Equal(3, page.Descendants("table").Count());
        Assert.Single(page.Descendants(Svg + "svg"));
    }

    private static double Width(XElement rect) => double.Parse((string)rect.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_table_too_wide_for_an_A4_page_is_split_into_parts_that_each_repeat_the_row_names()
    {
        var page = Parse(Render(WideTable.InReport()));
        var parts = All(page, "table").Where(t => (t.Element("caption")?.Value ?? "").StartsWith("Strategic Assessment 2025: priority scoring", StringComparison.Ordinal)).ToList();

        Assert.True(parts.Count >= 2, $"the twelve columns should be split ({parts.Count} table)");
        var headers = parts.Select(t => t.Descendants("thead").Single().Descendants("th").Select(th => th.Value).ToList()).ToList();
        Assert.All(headers, h => Assert.Equal(["Rank", "Category"], h.Take(2)));
        // Every column is in exactly one part, in the model's order after the repeated ones.
        Assert.Equal(["Score (of 100)", .. WideTable.Criteria, "Recommended", "Why"], headers.SelectMany(h => h.Skip(2)));
        Assert.Equal("Strategic Assessment 2025: priority scoring (part 2 of " + parts.Count + ")", parts[1].Element("caption")!.Value);
        // Each part has every row, named.
        Assert.All(parts, t => Assert.Equal(["Violence and sexual offences", "Anti-social behaviour", "Criminal damage and arson", "Possession of weapons"],
            t.Descendants("tbody").Single().Elements("tr").Select(tr => tr.Elements().ElementAt(1).Value)));
    }

    [Fact]
    public void A_table_that_fits_the_page_is_one_table()
    {
        var page = Parse(Render(GraveshamReport.Build()));
        Assert.Single(All(page, "table"), t => t.Element("caption")?.Value == "Strategic Assessment 2025: Gravesham crime by category");
    }
}
