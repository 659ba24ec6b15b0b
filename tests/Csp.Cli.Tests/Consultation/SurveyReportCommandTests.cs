using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Csp.Cli.Tests.Reports;
using Csp.Testing;

namespace Csp.Cli.Tests.Consultation;

/// <summary>
/// The contract of <c>csp report survey</c>: each format writes a file that is what it claims to be and holds the question
/// tables; a public report holds no postcode and withholds small demographic counts; a bad survey id is a clear error with
/// a non-zero exit code. The sample consultation (seed 001's 456 reconstructed responses) plus two responses of our own
/// that give postcodes, so that there is a postcode to leak: 442 of 458 answer the first question, and White British,
/// 395 in the seed (line 601 on), becomes 397 with the two.
/// </summary>
public sealed class SurveyReportCommandTests(SurveyReportCommandTests.SampleSurvey sample) : IClassFixture<SurveyReportCommandTests.SampleSurvey>
{
    private static readonly string[] Postcodes = ["TN9 1XA", "DA12 9ZZ"];

    private const string Ethnicity = "Your ethnic group (444 of 458 answered)";

    /// <summary>A database with the sample survey, its responses and two more with postcodes.</summary>
    public sealed class SampleSurvey : IAsyncLifetime
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("csp-survey-report-").FullName;

        public string Database => Path.Combine(Folder, "csp.sqlite");

        public async Task InitializeAsync()
        {
            var sample = Repository.Sample("consultation");
            var (exit, output) = await CspProcess.RunAsync("import", "survey", Path.Combine(sample, "dg-csp-2013-survey.json"), "--database", Database,
                "--themes", "other-priorities=" + Path.Combine(sample, "themes-other-priorities.csv"), "--concern", Path.Combine(sample, "community-concern-mapping.csv"));
            Assert.True(exit == 0, output);
            (exit, output) = await CspProcess.RunAsync("import", "responses", Path.Combine(sample, "dg-csp-2013-responses.csv"), "--survey", "dg-csp-2013", "--database", Database);
            Assert.True(exit == 0, output);
            // The sample's first respondent twice more (Yes; White British), each with a postcode in the last column.
            var lines = await File.ReadAllLinesAsync(Path.Combine(sample, "dg-csp-2013-responses.csv"));
            Assert.EndsWith(",postcode", lines[0], StringComparison.Ordinal);
            Assert.StartsWith("DG2013-0001,Yes,", lines[1], StringComparison.Ordinal);
            Assert.EndsWith(",", lines[1], StringComparison.Ordinal);
            var extra = Path.Combine(Folder, "with-postcodes.csv");
            await File.WriteAllLinesAsync(extra, [lines[0], .. Postcodes.Select((p, i) => $"CLI-{i + 1}" + lines[1]["DG2013-0001".Length..] + p)]);
            (exit, output) = await CspProcess.RunAsync("import", "responses", extra, "--survey", "dg-csp-2013", "--database", Database);
            Assert.True(exit == 0, output);
            Assert.Contains("read 2, added 2, duplicate 0, quarantined 0", output, StringComparison.Ordinal);
        }

        public Task DisposeAsync()
        {
            Directory.Delete(Folder, recursive: true);
            return Task.CompletedTask;
        }
    }

    private async Task<string> ReportAsync(string format, params string[] more)
    {
        var file = Path.Combine(sample.Folder, $"survey-{format}-{string.Join('-', more).Replace("--", "", StringComparison.Ordinal)}.{format}");
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync(["report", "survey", "--survey", "dg-csp-2013", "--format", format, "--out", file, "--database", sample.Database, .. more]);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains(Path.GetFileName(file), stdout, StringComparison.Ordinal);
        return file;
    }

    private static XDocument Html(string file) => XDocument.Parse(Regex.Replace(File.ReadAllText(file), "^<!DOCTYPE html>", ""));

    /// <summary>The rows of the table with this caption: each row's header and cells as text.</summary>
    private static List<List<string>> Rows(XDocument page, string caption) =>
        page.Descendants("table").Single(t => t.Element("caption")?.Value == caption).Element("tbody")!.Elements("tr")
            .Select(tr => tr.Elements().Select(c => c.Value).ToList()).ToList();

    /// <summary>Every text entry of a zip package (Word, Excel), for looking for what must not be there.</summary>
    private static string PackageText(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }

    [Fact]
    public async Task The_html_report_parses_and_holds_each_questions_table_with_its_base()
    {
        var page = Html(await ReportAsync("html", "--classification", "restricted"));

        var captions = page.Descendants("caption").Select(c => c.Value).ToList();
        Assert.Contains("Do you feel the priorities we have identified for 2013-14 are the right ones? (442 of 458 answered)", captions);
        Assert.Contains("What level of priority do you feel each of the following should be given?", captions);
        Assert.Contains(Ethnicity, captions);
        var agree = Rows(page, "Do you feel the priorities we have identified for 2013-14 are the right ones? (442 of 458 answered)");
        // Seed 001: 408 Yes of 440; with our two, 410 of 442 = 92.8%.
        Assert.Equal(["Yes", "410", "92.8%"], agree[0]);
        Assert.Equal(["No answer", "16", "not in the base"], agree[^1]);
        Assert.Equal(["White British", "397", "89.4%"], Rows(page, Ethnicity)[0]);
    }

    [Fact]
    public async Task A_public_report_has_no_postcode_and_withholds_demographic_counts_below_the_threshold()
    {
        var restricted = Rows(Html(await ReportAsync("html", "--classification", "restricted")), Ethnicity);
        var publicFile = await ReportAsync("html", "--classification", "public", "--suppress-below", "5");
        var published = Rows(Html(publicFile), Ethnicity);
        var lowered = Rows(Html(await ReportAsync("html", "--classification", "public", "--suppress-below", "2")), Ethnicity);

        Assert.DoesNotContain(restricted, r => r.Contains("*"));
        Assert.Equal(restricted.Select(r => r[0]), published.Select(r => r[0]));
        var small = restricted.Where(r => r[0] != "No answer" && int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture) is > 0 and < 5).Select(r => r[0]).ToList();
        Assert.NotEmpty(small);
        foreach (var group in small) Assert.Equal([group, "*", "*"], published.Single(r => r[0] == group));
        // Large counts are published as they are, and a lower threshold withholds fewer.
        Assert.Equal(["White British", "397", "89.4%"], published[0]);
        Assert.True(lowered.Count(r => r[1] == "*") < published.Count(r => r[1] == "*"), "--suppress-below 2 withholds fewer cells than 5");
        Assert.Contains(lowered, r => r[1] is "2" or "3" or "4");

        var text = await File.ReadAllTextAsync(publicFile);
        foreach (var postcode in Postcodes)
        {
            Assert.DoesNotContain(postcode, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(postcode.Replace(" ", "", StringComparison.Ordinal), text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_pdf_is_a_pdf_whose_text_holds_the_question_tables_and_no_postcode()
    {
        var pdf = await ReportAsync("pdf");

        Assert.Equal("%PDF-"u8.ToArray(), (await File.ReadAllBytesAsync(pdf))[..5]);
        var text = await Poppler.TextAsync(pdf);
        Assert.Contains("(442 of 458 answered)", text, StringComparison.Ordinal);
        Assert.Contains(Ethnicity, text, StringComparison.Ordinal);
        Assert.Matches(@"White British\s+397\s+89\.4%", text);
        Assert.Matches(@"Tackling domestic abuse\s", text);
        Assert.Matches(@"Pakistani\s+\*\s+\*", text);
        foreach (var postcode in Postcodes) Assert.DoesNotContain(postcode, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_word_file_is_a_valid_package_with_the_tables_and_no_postcode()
    {
        var docx = await ReportAsync("docx");

        using (var zip = ZipFile.OpenRead(docx))
        {
            var entry = zip.GetEntry("word/document.xml");
            Assert.NotNull(entry);
            using var stream = entry.Open();
            var document = XDocument.Load(stream);
            XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            var tables = document.Descendants(w + "tbl").ToList();
            Assert.True(tables.Count >= 9, $"{tables.Count} tables");
            var rows = tables.SelectMany(t => t.Elements(w + "tr")).Select(r => r.Elements(w + "tc").Select(c => string.Concat(c.Descendants(w + "t").Select(x => x.Value))).ToList()).ToList();
            var first = rows.Single(r => r.Count > 0 && r[0] == "White British");
            Assert.Contains(rows, r => r.Count == 3 && r[0] == "Pakistani" && r[1] == "*");
            Assert.Contains(Ethnicity, string.Concat(document.Descendants(w + "t").Select(x => x.Value)), StringComparison.Ordinal);
            Assert.Equal(["White British", "397", "89.4%"], first);
        }
        var text = PackageText(docx);
        foreach (var postcode in Postcodes) Assert.DoesNotContain(postcode, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_excel_file_is_a_valid_workbook_with_the_tables_as_numbers_and_no_postcode()
    {
        var xlsx = await ReportAsync("xlsx");

        var sheets = WorkbookCells.SheetNames(xlsx);
        Assert.True(sheets.Count >= 2, string.Join(", ", sheets));
        var rows = sheets.SelectMany(s => WorkbookCells.Sheet(xlsx, s)).ToList();
        Assert.Contains(rows, r => r.Count >= 2 && Equals(r[0], "White British") && Equals(r[1], 397.0));
        Assert.Contains(rows, r => r.Count >= 2 && Equals(r[0], "Pakistani") && Equals(r[1], "*"));
        Assert.Contains(rows, r => r.Any(c => c is string s && s.Contains("442 of 458 answered", StringComparison.Ordinal)));
        var text = PackageText(xlsx);
        foreach (var postcode in Postcodes) Assert.DoesNotContain(postcode, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_survey_id_that_is_not_held_is_a_clear_error_and_writes_nothing()
    {
        var file = Path.Combine(sample.Folder, "none.html");

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("report", "survey", "--survey", "no-such-survey", "--format", "html", "--out", file, "--database", sample.Database);

        Assert.NotEqual(0, exit);
        Assert.Equal("error: there is no survey 'no-such-survey' (csp survey list).", stderr.Trim());
        Assert.Equal("", stdout);
        Assert.False(File.Exists(file));

        var missing = await CspProcess.RunSplitAsync("report", "survey", "--format", "html", "--out", file, "--database", sample.Database);
        Assert.NotEqual(0, missing.Exit);
        Assert.Contains("--survey ID is required", missing.Stderr, StringComparison.Ordinal);
    }
}
