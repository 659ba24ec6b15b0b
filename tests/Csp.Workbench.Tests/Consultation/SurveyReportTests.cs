using System.Text.RegularExpressions;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Audit;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Csp.Workbench.Tests.Consultation;

/// <summary>
/// The survey's results as a report (<c>csp report survey</c>) on the bundled sample, seed 001's survey reconstructed
/// (shared/seeds/001_db4ec05eac61faa4.txt): the seed's counts in every format, weighted tables labelled beside the raw,
/// the goodness-of-fit test, the reconstructed sample said to be so, small demographic counts withheld in a public report,
/// and the theme counts following the analyst's reassignment on both databases.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SurveyReportTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private static async Task<string> HtmlAsync(SurveyWorld world, Classification classification)
    {
        var (file, refusal) = await world.Surveys.ReportAsync("dg-csp-2013", ReportFormat.Html, classification, default);
        Assert.Null(refusal);
        Assert.Equal("consultation-results-dg-csp-2013.html", file!.FileName.Replace("-restricted", "", StringComparison.Ordinal));
        return System.Text.Encoding.UTF8.GetString(file.Content);
    }

    /// <summary>The cells of the HTML table with this caption, row by row.</summary>
    private static List<List<string>> Rows(string html, string caption)
    {
        var at = html.IndexOf("<caption>" + System.Net.WebUtility.HtmlEncode(caption).Replace("&#39;", "&#x27;", StringComparison.Ordinal) + "</caption>", StringComparison.Ordinal);
        if (at < 0) at = html.IndexOf("<caption>" + caption.Replace("'", "&#39;", StringComparison.Ordinal) + "</caption>", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no table '{caption}'");
        var body = html[html.IndexOf("<tbody>", at, StringComparison.Ordinal)..html.IndexOf("</tbody>", at, StringComparison.Ordinal)];
        return Regex.Matches(body, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)
            .Select(r => Regex.Matches(r.Groups[1].Value, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline).Select(c => System.Net.WebUtility.HtmlDecode(Regex.Replace(c.Groups[1].Value, "<[^>]+>", ""))).ToList())
            .ToList();
    }

    [Fact]
    public async Task The_html_report_has_seed_001s_tables_the_weighted_ones_labelled_and_the_goodness_of_fit_test()
    {
        await using var world = await SurveyWorld.CreateAsync(DatabaseProvider.Sqlite, postgres);
        await world.AddAreasAsync();
        await world.ImportSampleAsync();

        var html = await HtmlAsync(world, Classification.Restricted());

        // Lines 190-193: 408 yes, 16 no, 16 don't know of 440; 16 did not answer, shown apart and in no percentage.
        var agree = Rows(html, "Do you feel the priorities we have identified for 2013-14 are the right ones? (440 of 456 answered)");
        Assert.Equal(["Yes", "408", "92.7%"], agree[0]);
        Assert.Equal(["Don't know", "16", "3.6%"], agree[2]);
        Assert.Equal(["No answer", "16", "not in the base"], agree[3]);
        // Line 220: reducing anti-social behaviour 390 High (of 449), 56 Medium, 3 Low; 7 no answer.
        var grid = Rows(html, "What level of priority do you feel each of the following should be given?");
        Assert.Equal(["Reducing anti-social behaviour", "390 (86.9%)", "56 (12.5%)", "3 (0.7%)", "449", "7"], grid[0]);
        // The weighted table beside it, labelled, its base a weighted sum.
        Assert.Contains("What level of priority do you feel each of the following should be given? (weighted to the population)", html, StringComparison.Ordinal);
        // A weighted single-answer table's caption gives its weighted base and says "weighted" once.
        Assert.Matches(@"Do you feel the priorities we have identified for 2013-14 are the right ones\? \(weighted to the population: [\d,]+\.\d of [\d,]+\.\d answered\)</caption>", html);
        Assert.DoesNotContain("answered (weighted)", html, StringComparison.Ordinal);
        // Lines 596-629: the age table in a restricted report shows every count, 16-17 included.
        var age = Rows(html, "Age: respondents against residents (ONS mid-2022 population estimates, Dartford and Gravesham, residents aged 16+)");
        Assert.Equal(["16-17", "1"], age[0].Take(2));
        // The goodness-of-fit test per characteristic (the statistic the use case's test checks against scipy).
        var fit = Rows(html, "Goodness of fit: the sample against the population (chi-square test)");
        Assert.Equal(["Age", "201.0", "6", "<0.001", "differs from the population"], fit[0]);
        Assert.Equal(["Sex", "0.8", "1", "0.372", "no significant difference"], fit[1]);
        // Themes (lines 266-274) in counts only; the reconstructed sample said to be so; no postcode anywhere.
        Assert.Equal("More visible policing", Rows(html, "Comments by theme: Are there any other issues you feel should be a high priority?")[0][0]);
        Assert.Contains("Reconstructed sample: the individual responses of this survey are not real.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Postcode", Rows(html, "Do you feel the priorities we have identified for 2013-14 are the right ones? (440 of 456 answered)").SelectMany(r => r));
    }

    [Fact]
    public async Task A_public_report_withholds_small_demographic_counts_but_not_opinions()
    {
        await using var world = await SurveyWorld.CreateAsync(DatabaseProvider.Sqlite, postgres);
        await world.AddAreasAsync();
        await world.ImportSampleAsync();

        var html = await HtmlAsync(world, Classification.Public(5));

        // Age 16-17 (1) and 18-24 (5 is not below 5, but the one withheld would be given away by the base, so the next smallest goes too).
        var age = Rows(html, "Age: respondents against residents (ONS mid-2022 population estimates, Dartford and Gravesham, residents aged 16+)");
        Assert.Equal(["16-17", "*", "*", "5,705"], age[0].Take(4));
        Assert.Equal(["18-24", "*", "*"], age[1].Take(3));
        Assert.Equal("18", age[2][1]);
        Assert.Contains("Fewer than 5 respondents", html, StringComparison.Ordinal);
        // Opinions are printed as the seed prints them: 3 rated burglary Low (line 224).
        var grid = Rows(html, "What level of priority do you feel each of the following should be given?");
        Assert.Equal("3 (0.7%)", grid[1][3]);
    }

    [Fact]
    public async Task The_word_and_excel_reports_hold_the_same_figures()
    {
        await using var world = await SurveyWorld.CreateAsync(DatabaseProvider.Sqlite, postgres);
        await world.AddAreasAsync();
        await world.ImportSampleAsync();

        var (docx, _) = await world.Surveys.ReportAsync("dg-csp-2013", ReportFormat.Docx, Classification.Public(5), default);
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx!.Content), false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("Reconstructed sample", text, StringComparison.Ordinal);
            Assert.Contains("390 (86.9%)", text, StringComparison.Ordinal);
            Assert.Contains("Goodness of fit", text, StringComparison.Ordinal);
            Assert.Contains("differs from the population", text, StringComparison.Ordinal);
        }

        var (xlsx, _) = await world.Surveys.ReportAsync("dg-csp-2013", ReportFormat.Xlsx, Classification.Public(5), default);
        using var book = SpreadsheetDocument.Open(new MemoryStream(xlsx!.Content), false);
        var part = book.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var names = part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Contains("Q1", names);
        Assert.Contains("Q1w", names);
        var sheet = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Q1").Id!);
        var cells = sheet.Worksheet.Descendants<Cell>().Select(c => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.DataType?.Value == CellValues.InlineString ? c.InnerText : c.CellValue?.Text).ToList();
        // The agreement table: 408 yes as a number, its percentage unrounded (408 / 440).
        var yes = cells.IndexOf("Yes");
        Assert.True(yes >= 0);
        Assert.Equal("408", cells[yes + 1]);
        Assert.Equal(100.0 * 408 / 440, double.Parse(cells[yes + 2]!, System.Globalization.CultureInfo.InvariantCulture), 9);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_reassigned_comment_moves_in_the_report_and_is_audited(DatabaseProvider provider)
    {
        await using var world = await SurveyWorld.CreateAsync(provider, postgres);
        await world.AddAreasAsync();
        await world.ImportSampleAsync();
        var caption = "Comments by theme: Are there any other issues you feel should be a high priority?";
        var before = Rows(await HtmlAsync(world, Classification.Public(5)), caption).ToDictionary(r => r[0], r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
        var themes = (await world.Surveys.ResultsAsync("dg-csp-2013", null, default))!.Themes.Single(t => t.QuestionId == "other-priorities").Themes;
        var comment = themes.Assignments.First(a => a.Themes.SequenceEqual(["More visible policing"]));

        Assert.True(await world.Surveys.ReassignAsync("dg-csp-2013", "other-priorities", comment.ResponseId, [], new Actor("t.analyst", "127.0.0.1"), default));

        var after = Rows(await HtmlAsync(world, Classification.Public(5)), caption).ToDictionary(r => r[0], r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(before["More visible policing"] - 1, after["More visible policing"]);
        Assert.Equal(before["In no theme"] + 1, after["In no theme"]);
        // Keyword rules still theme every other comment.
        Assert.Equal(before["Road safety (parking/speeding/nuisance bikes)"], after["Road safety (parking/speeding/nuisance bikes)"]);
        await using var db = world.Database.CreateContext();
        var entry = Assert.Single(db.AuditLog.Where(a => a.Action == AuditActions.SurveyThemeReassigned).ToList());
        Assert.Equal("t.analyst", entry.UserName);
        Assert.Equal($"dg-csp-2013/other-priorities/{comment.ResponseId}", entry.Target);
        Assert.Equal("More visible policing -> (no theme)", entry.Detail);
    }
}
