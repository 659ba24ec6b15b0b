using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Csp.Testing;
using Csp.Cli.Tests.Infrastructure;

namespace Csp.Cli.Tests.Reports;

/// <summary>
/// csp report on the bundled data, for Gravesham and for the Dartford and Gravesham CSP: every figure in the reports equals
/// csp assess --format json for the same area and periods.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class ReportCommandTests(SampleDatabase sample)
{
    private static readonly string[] Period = ["--period", "2025-01..2025-09", "--baseline", "2022-01..2022-09"];
    private readonly string _folder = Directory.CreateTempSubdirectory("csp-report-cli-").FullName;

    private async Task<JsonElement> AssessAsync(string area)
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync(["assess", "--area", area, .. Period, "--format", "json", "--database", sample.Path]);
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement;
    }

    private async Task<string> ReportAsync(string kind, string area, string format, params string[] more)
    {
        var file = Path.Combine(_folder, $"{kind}-{area.Replace(' ', '-')}.{format}");
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync(["report", kind, "--area", area, .. Period, "--format", format, "--out", file, "--database", sample.Path, "--date", "2026-01-20", .. more]);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains(Path.GetFileName(file), stdout, StringComparison.Ordinal);
        return file;
    }

    private static XDocument Html(string file) => XDocument.Parse(Regex.Replace(File.ReadAllText(file), "^<!DOCTYPE html>", ""));

    private static List<List<string>> TableRows(XDocument page, string caption) =>
        page.Descendants("table").Single(t => t.Element("caption")?.Value == caption).Element("tbody")!.Elements("tr")
            .Select(tr => tr.Elements().Select(c => c.Value).ToList()).ToList();

    private static string N(long v) => v.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    [Theory]
    [InlineData("Gravesham", "E07000109")]
    [InlineData("E22000352", "E22000352")]
    public async Task The_committee_report_tables_hold_the_assessment_figures(string area, string code)
    {
        var assessment = await AssessAsync(area);
        var page = Html(await ReportAsync("committee", area, "html"));
        var total = assessment.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("category").GetString() == "Total crime");

        var rows = TableRows(page, "Strategic Assessment 2025: Total crime data");
        var own = rows.Single(r => r[0] == assessment.GetProperty("area").GetProperty("name").GetString());
        Assert.Equal(N(total.GetProperty("baselineCount").GetInt64()), own[1]);
        Assert.Equal(N(total.GetProperty("count").GetInt64()), own[2]);
        Assert.Equal(total.GetProperty("ratePer1000").GetDouble().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), own[5]);
        var kent = rows[^1];
        Assert.Equal("Kent", kent[0]);
        Assert.Equal(N(total.GetProperty("countyCount").GetInt64()), kent[2]);
        Assert.Equal(N(total.GetProperty("countyBaselineCount").GetInt64()), kent[1]);
        Assert.Equal(code, assessment.GetProperty("area").GetProperty("code").GetString());

        // The seeds' front sheet and the findings from the assessment.
        var text = page.Root!.Value;
        Assert.Contains("Crime and Disorder Scrutiny Committee", text, StringComparison.Ordinal);
        Assert.Contains("20 January 2026", text, StringComparison.Ordinal);
        Assert.Contains(assessment.GetProperty("findings")[0].GetString()!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_committee_report_puts_Dartford_Gravesham_and_Kent_in_each_table_as_the_seeds_do()
    {
        var page = Html(await ReportAsync("committee", "Gravesham", "html"));
        var dartford = await AssessAsync("Dartford");
        var rows = TableRows(page, "Strategic Assessment 2025: Total crime data");
        Assert.Equal(["Dartford", "Gravesham", "Kent"], rows.Select(r => r[0]));
        var total = dartford.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("category").GetString() == "Total crime");
        Assert.Equal(N(total.GetProperty("count").GetInt64()), rows[0][2]);
    }

    [Theory]
    [InlineData("Gravesham")]
    [InlineData("Dartford and Gravesham")]
    public async Task The_assessment_workbook_holds_every_category_as_numbers_equal_to_the_assessment(string area)
    {
        var assessment = await AssessAsync(area);
        var file = await ReportAsync("assessment", area, "xlsx");
        Assert.Contains("Notes and sources", WorkbookCells.SheetNames(file));
        var sheet = WorkbookCells.Sheet(file, "All categories");
        var byCategory = sheet.Where(r => r.Count > 2 && r[0] is string && r[1] is double).ToDictionary(r => (string)r[0]!);
        var rows = assessment.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(rows.Count, byCategory.Count);
        foreach (var row in rows)
        {
            var cells = byCategory[row.GetProperty("category").GetString()!];
            Assert.Equal(row.GetProperty("baselineCount").GetInt64(), (double)cells[1]!);
            Assert.Equal(row.GetProperty("count").GetInt64(), (double)cells[2]!);
            Assert.Equal(row.GetProperty("change").GetInt64(), (double)cells[3]!);
        }
    }

    [Fact]
    public async Task The_assessment_document_has_the_sections_the_issue_asks_for()
    {
        var page = Html(await ReportAsync("assessment", "Gravesham", "html"));
        var headings = page.Descendants("h2").Select(h => h.Value).ToList();
        // The sample holds Jan-Sep of 2022 and 2025 only (2023 and 2024 lack months), so the series has two years, not three.
        foreach (var expected in new[] { "Crime and anti-social behaviour at a glance", "The picture over time", "How Gravesham compares", "Where crime happens", "Partner data", "Priority setting", "Notes on method", "Data sources" })
        {
            Assert.Contains(headings, h => h.EndsWith(expected, StringComparison.Ordinal));
        }
        // The partner data: the sample's domestic abuse counted from its generated incidents, labelled as an example.
        Assert.Contains(page.Descendants("caption"), c => c.Value == "Strategic Assessment 2025: Domestic abuse data (EXAMPLE)");
        XNamespace svg = "http://www.w3.org/2000/svg";
        // A monthly pattern chart and a rank chart for each category with a section, two maps (crime and ASB by ward).
        Assert.True(page.Descendants(svg + "svg").Count(s => (string?)s.Attribute("class") == "chart") > 20);
        Assert.Equal(2, page.Descendants(svg + "svg").Count(s => (string?)s.Attribute("class") == "map"));
        // Gravesham's 17 wards (2024) are shaded on the map.
        Assert.Equal(17, page.Descendants(svg + "svg").First(s => (string?)s.Attribute("class") == "map").Descendants(svg + "path").Count(p => (string?)p.Attribute("stroke") == "#ffffff"));
    }

    [Fact]
    public async Task A_year_with_missing_months_is_refused_with_exit_code_3_unless_partial()
    {
        var file = Path.Combine(_folder, "missing.html");
        var (exit, _, stderr) = await CspProcess.RunSplitAsync("report", "committee", "--area", "Gravesham", "--year-ending", "2025-09", "--format", "html", "--out", file, "--database", sample.Path);
        Assert.Equal(3, exit);
        Assert.Contains("Kent Police", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));

        (exit, _, stderr) = await CspProcess.RunSplitAsync("report", "committee", "--area", "Gravesham", "--year-ending", "2025-09", "--partial", "--format", "html", "--out", file, "--database", sample.Path);
        Assert.True(exit == 0, stderr);
        Assert.Contains("Partial data:", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_error_names_the_file_and_line_and_writes_nothing()
    {
        var template = Path.Combine(_folder, "bad.md");
        await File.WriteAllTextAsync(template, "---\nsubject: Assessment {yaer}\n---\n## Introduction\nText.\n");
        var file = Path.Combine(_folder, "bad.html");
        var (exit, _, stderr) = await CspProcess.RunSplitAsync(["report", "committee", "--area", "Gravesham", .. Period, "--format", "html", "--out", file, "--template", template, "--database", sample.Path]);
        Assert.Equal(2, exit);
        Assert.Contains("bad.md, line 2, field 'subject': '{yaer}' is not a placeholder", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task A_public_report_with_a_postcode_in_its_template_is_refused_and_a_restricted_one_is_not()
    {
        var template = Path.Combine(_folder, "postcode.md");
        await File.WriteAllTextAsync(template, "## Commentary\nA resident of DA12 1AU raised this at the ward panel.\n");
        var file = Path.Combine(_folder, "postcode.html");
        var (exit, _, stderr) = await CspProcess.RunSplitAsync(["report", "committee", "--area", "Gravesham", .. Period, "--format", "html", "--out", file, "--template", template, "--database", sample.Path]);
        Assert.Equal(2, exit);
        Assert.Contains("DA12 1AU", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));

        (exit, _, stderr) = await CspProcess.RunSplitAsync(["report", "committee", "--area", "Gravesham", .. Period, "--format", "html", "--out", file, "--template", template, "--classification", "restricted", "--database", sample.Path]);
        Assert.True(exit == 0, stderr);
        Assert.Contains("Part 2 - Restricted", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_ward_report_withholds_small_counts_and_a_restricted_one_shows_them()
    {
        var page = Html(await ReportAsync("assessment", "Riverview Park", "html"));
        var table = TableRows(page, "Strategic Assessment 2025: Riverview Park, all categories");
        var restricted = TableRows(Html(await ReportAsync("assessment", "Riverview Park", "html", "--classification", "restricted")), "Strategic Assessment 2025: Riverview Park, all categories");
        // Wherever the restricted count is from 1 to 4, the public one is withheld; other counts are the same.
        for (var i = 0; i < table.Count; i++)
        {
            var count = long.Parse(restricted[i][2], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(count is > 0 and < 5 ? "*" : restricted[i][2], table[i][2]);
        }
        Assert.Contains(table, r => r[2] == "*");
    }

    [Theory]
    [InlineData("Gravesham")]
    [InlineData("Dartford and Gravesham")]
    public async Task The_committee_report_as_PDF_and_Word_prints_the_assessment_figures(string area)
    {
        var assessment = await AssessAsync(area);
        var total = assessment.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("category").GetString() == "Total crime");
        var name = assessment.GetProperty("area").GetProperty("name").GetString()!;
        var expected = $@"{Regex.Escape(name)}\s+{N(total.GetProperty("baselineCount").GetInt64())}\s+{N(total.GetProperty("count").GetInt64())}\s+{N(total.GetProperty("change").GetInt64())}";

        var pdf = await ReportAsync("committee", area, "pdf");
        Assert.Matches(expected, await Poppler.TextAsync(pdf));

        // Word: LibreOffice (a real office suite) must open it; its PDF must print the same figures and the pictures.
        var docx = await ReportAsync("committee", area, "docx");
        var converted = await Poppler.ConvertWithLibreOfficeAsync(docx);
        var text = await Poppler.TextAsync(converted);
        Assert.Matches(expected, text);
        Assert.Contains("Classification: Part 1 - Public", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ward_member_briefing_prints_on_two_pages_at_most_as_a_public_document()
    {
        // The demonstration incidents end yesterday: the last whole quarter against the same quarter a year before.
        var today = DateTime.Today;
        var quarterStart = new DateTime(today.Year, (today.Month - 1) / 3 * 3 + 1, 1).AddMonths(-3);
        var quarter = $"{quarterStart.Year}-Q{(quarterStart.Month - 1) / 3 + 1}";
        var pdf = Path.Combine(_folder, "ward.pdf");
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync(["report", "ward", "--area", "Coldharbour & Perry Street", "--quarter", quarter, "--format", "pdf",
            "--out", pdf, "--database", sample.Path]);
        Assert.True(exit == 0, stdout + stderr);

        Assert.InRange(await Poppler.PagesAsync(pdf), 1, 2);
        var text = await Poppler.TextAsync(pdf);
        Assert.Contains("Coldharbour & Perry Street", text, StringComparison.Ordinal);
        Assert.Contains("Part 1 - Public", text, StringComparison.Ordinal);
        Assert.Contains("Demonstration data", text, StringComparison.OrdinalIgnoreCase);
    }
}
