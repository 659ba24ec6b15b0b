using System.Text;
using Csp.Core.Consultation;
using Csp.Ingest.Consultation;

namespace Csp.Ingest.Tests.Consultation;

public sealed class SurveyResponseCsvReaderTests
{
    private static readonly Survey Survey = new("s", "Community safety survey", new DateOnly(2023, 10, 16), new DateOnly(2023, 12, 15),
    [
        new SurveyQuestion("priority", "What level of priority should each be given?", QuestionKind.PriorityGrid) { Items = ["Reducing burglary", "Improving road safety"] },
        new SurveyQuestion("issue", "What is the single most important issue?", QuestionKind.SingleChoice) { Options = ["ASB", "Violence", "Drugs"], AllowOther = true },
        new SurveyQuestion("impact", "Which issues most affect community safety?", QuestionKind.RankedChoice) { Options = ["ASB", "Town centre safety", "Violence"] },
        new SurveyQuestion("postcode", "Your postcode", QuestionKind.Postcode),
    ]);

    private static SurveyResponseImport Read(string csv, ExportStyle style = ExportStyle.OneHeaderRow, ResponseCsvMapping? mapping = null) =>
        SurveyResponseCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "export.csv", Survey, mapping, style);

    [Fact]
    public void A_microsoft_forms_style_export_with_question_texts_and_a_ranking_is_read()
    {
        // One column per question, titled with its text; a Likert row per column "Question.Item"; a ranking as "A;B;C;".
        var csv = """
            ID,Start time,Completion time,Email,Name,What level of priority should each be given?.Reducing burglary,What level of priority should each be given?.Improving road safety,What is the single most important issue?,Which issues most affect community safety?,Your postcode
            1,10/16/23 9:00:01,10/16/23 9:04:10,anonymous,,High,Medium,ASB,Town centre safety;ASB;Violence;,da11 0df
            2,10/16/23 9:10:00,10/16/23 9:12:00,anonymous,,Low,,Violence,,
            """;

        var import = Read(csv);

        Assert.Empty(import.Issues);
        Assert.Equal(["1", "2"], import.Responses.Select(r => r.Id));
        var first = import.Responses[0];
        Assert.Equal("High", first.Answer(new AnswerKey("priority", "Reducing burglary")));
        Assert.Equal("Town centre safety", first.Answer(AnswerKey.Rank("impact", 1)));
        Assert.Equal("ASB", first.Answer(AnswerKey.Rank("impact", 2)));
        Assert.Null(first.Answer(AnswerKey.Rank("impact", 3)));
        Assert.Equal("DA11 0DF", first.Answer(new AnswerKey("postcode")));
        Assert.Null(import.Responses[1].Answer(new AnswerKey("priority", "Improving road safety")));
    }

    [Fact]
    public void A_citizen_space_style_export_with_one_column_per_option_is_read()
    {
        // A ticked cell chooses the option; a ranked option's cell holds its rank.
        var csv = """
            Response ID,Q1. What level of priority should each be given? - Reducing burglary,Q1. What level of priority should each be given? - Improving road safety,What is the single most important issue? - ASB,What is the single most important issue? - Violence,What is the single most important issue? - Other,What is the single most important issue? - Other (please specify),Which issues most affect community safety? - ASB,Which issues most affect community safety? - Town centre safety,Which issues most affect community safety? - Violence
            ANON-1,Medium,High,,Yes,,,2,1,
            ANON-2,High,High,,,Yes,Fly-tipping,,,1
            """;

        var import = Read(csv);

        Assert.Empty(import.Issues.Select(i => i.ToString()));
        Assert.Equal("Violence", import.Responses[0].Answer(new AnswerKey("issue")));
        Assert.Equal("Town centre safety", import.Responses[0].Answer(AnswerKey.Rank("impact", 1)));
        Assert.Equal("ASB", import.Responses[0].Answer(AnswerKey.Rank("impact", 2)));
        Assert.Equal("Other", import.Responses[1].Answer(new AnswerKey("issue")));
        Assert.Equal("Fly-tipping", import.Responses[1].Answer(new AnswerKey("issue", AnswerKey.OtherText)));
        Assert.Equal("Violence", import.Responses[1].Answer(AnswerKey.Rank("impact", 1)));
    }

    [Fact]
    public void A_smartsurvey_style_export_with_two_header_rows_is_read()
    {
        // Row 1: the question over its columns (blank cells carry it on); row 2: the item, option or "Response".
        var csv = """
            Response ID,What level of priority should each be given?,,What is the single most important issue?,Which issues most affect community safety?,
            ,Reducing burglary,Improving road safety,Response,First choice,Second choice
            101,High,Low,Drugs,Violence,ASB
            102,Medium,Medium,ASB,ASB,
            """;

        var import = Read(csv, ExportStyle.TwoHeaderRows);

        Assert.Empty(import.Issues);
        Assert.Equal("Low", import.Responses[0].Answer(new AnswerKey("priority", "Improving road safety")));
        Assert.Equal("Drugs", import.Responses[0].Answer(new AnswerKey("issue")));
        Assert.Equal("ASB", import.Responses[0].Answer(AnswerKey.Rank("impact", 2)));
        Assert.Equal(2, import.Responses.Count);
        Assert.Null(import.Responses[1].Answer(AnswerKey.Rank("impact", 2)));
    }

    [Fact]
    public void Bad_rows_are_named_by_line_and_column_and_the_good_ones_kept()
    {
        var csv = "Response ID,priority[Reducing burglary],issue,impact[1],impact[2],postcode\n"
            + "a,High,ASB,ASB,Violence,\n"
            + "b,Very high,ASB,,,\n"                  // line 3: not an option
            + "c,Low,\"Drugs\nand alcohol\",,,\n"     // line 4 (spans 5): not an option
            + "d,Low,ASB,Violence,Violence,\n"        // line 6: same choice twice
            + "e,Low,ASB,,,NOTAPOSTCODE\n"            // line 7
            + "f,Low,ASB\n"                           // line 8: too few fields
            + "a,Medium,Drugs,,,\n";                  // line 9: repeated id

        var import = Read(csv);

        Assert.Equal(["a"], import.Responses.Select(r => r.Id));
        Assert.Equal(7, import.Rows);
        Assert.Equal(1, import.Duplicates);
        Assert.Equal(
            [
                (3L, "priority[Reducing burglary]"), (4L, "issue"), (6L, "impact[2]"), (7L, "postcode"), (8L, null), (9L, "Response ID"),
            ],
            import.Issues.Select(i => (i.Line, i.Field)));
        Assert.Equal("\u2018Very high\u2019 is not an answer for \u2018Reducing burglary\u2019: choose \u2018High\u2019, \u2018Medium\u2019 or \u2018Low\u2019.", import.Issues[0].Message);
        Assert.Equal("b,Very high,ASB,,,", import.Issues[0].Raw);
        Assert.Equal("response id 'a' was already read on line 2; this row is skipped.", import.Issues[5].Message);
        Assert.All(import.Issues, i => Assert.Equal("export.csv", i.File));
    }

    [Fact]
    public void Without_a_response_id_rows_are_keyed_by_a_stable_hash_and_identical_rows_both_kept()
    {
        const string csv = "issue,postcode\nASB,\nASB,\nDrugs,\n";

        var first = Read(csv);
        var second = Read(csv);

        Assert.Equal(3, first.Responses.Count);
        Assert.Equal(first.Responses.Select(r => r.Id), second.Responses.Select(r => r.Id));
        Assert.StartsWith("sha256:", first.Responses[0].Id, StringComparison.Ordinal);
        Assert.Equal(first.Responses[0].Id + "#2", first.Responses[1].Id);
        Assert.NotEqual(first.Responses[0].Id, first.Responses[2].Id);
    }

    [Fact]
    public void Two_ticks_for_a_single_choice_are_refused()
    {
        const string csv = "What is the single most important issue? - ASB,What is the single most important issue? - Drugs\nYes,Yes\n";

        var import = Read(csv);

        Assert.Empty(import.Responses);
        Assert.Equal((2L, "What is the single most important issue? - Drugs"), (import.Issues[0].Line, import.Issues[0].Field));
        Assert.Contains("only one answer is allowed", import.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_that_matches_no_question_is_reported_and_metadata_is_not()
    {
        const string csv = "ID,Start time,Favourite colour,issue\n1,today,blue,ASB\n";

        var import = Read(csv);

        Assert.Single(import.Responses);
        Assert.Equal(("Favourite colour", 1L), (Assert.Single(import.Issues).Field, import.Issues[0].Line));
    }

    [Fact]
    public void A_mapping_file_names_columns_the_header_does_not_describe()
    {
        var issues = new List<Csp.Core.Imports.ImportIssue>();
        var mapping = ResponseCsvMapping.Parse(
            [["Column", "Question", "Part", "Option"], ["Ref", "id", "", ""], ["Q7a", "priority", "reducing BURGLARY", ""], ["Q9_3", "issue", "", "Drugs"], ["Q10", "nope", "", ""]],
            Survey, "mapping.csv", issues);

        var import = Read("Ref,Q7a,Q9_3\nR1,Low,1\n", mapping: mapping);

        Assert.Equal(("mapping.csv", 5L, "Question"), (Assert.Single(issues).File, issues[0].Line, issues[0].Field));
        Assert.Empty(import.Issues);
        Assert.Equal("R1", import.Responses[0].Id);
        Assert.Equal("Low", import.Responses[0].Answer(new AnswerKey("priority", "Reducing burglary")));
        Assert.Equal("Drugs", import.Responses[0].Answer(new AnswerKey("issue")));
    }

    [Fact]
    public void A_file_with_no_matching_column_says_so()
    {
        var import = Read("a,b\n1,2\n");

        Assert.Empty(import.Responses);
        Assert.Contains(import.Issues, i => i.Message.StartsWith("no column of the header matches a question of 'Community safety survey'", StringComparison.Ordinal));
    }
}
