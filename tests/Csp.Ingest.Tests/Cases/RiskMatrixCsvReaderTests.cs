using System.Text;
using Csp.Core.Cases.RiskMatrix;
using Csp.Core.Imports;
using Csp.Ingest.Cases;

namespace Csp.Ingest.Tests.Cases;

public sealed class RiskMatrixCsvReaderTests
{
    private const string Header = "record,question,text,score,level,days\n";

    private const string Levels = "level,,,0,standard,84\nlevel,,,3,medium,28\nlevel,,,5,high,14\n";

    private static (RiskAssessmentMatrix? Matrix, IReadOnlyList<ImportIssue> Issues) Read(string text) =>
        RiskMatrixCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "matrix.csv");

    [Fact]
    public void The_shipped_example_matrix_reads_cleanly()
    {
        using var file = File.OpenRead(Path.Combine(RepositoryFiles.Root, "data", "config", "risk-matrix.csv"));

        var (matrix, issues) = RiskMatrixCsvReader.Read(file, "risk-matrix.csv");

        Assert.Empty(issues);
        Assert.NotNull(matrix);
        Assert.Equal(12, matrix.Questions.Count);
        Assert.Equal(45, matrix.MaxScore); // 4+4+2+4+3+2+4+3+5+2+2+10
        Assert.Equal([0, 12, 22], matrix.Levels.Select(l => l.FromScore));
        Assert.Equal([84, 28, 14], matrix.Levels.Select(l => l.ReassessAfterDays));
        Assert.Equal(RiskLevel.High, matrix.Questions.Single(q => q.Id == "Q12").Answer("Yes")!.AtLeast);
        Assert.Contains(matrix.Actions, a => a is { Level: RiskLevel.High, Text: "Refer to the Vulnerability Panel", WithinWorkingDays: 5 });
    }

    [Fact]
    public void A_small_matrix_reads_questions_answers_levels_and_actions()
    {
        var (matrix, issues) = Read(Header +
            "question,Q1,\"Is the victim afraid, at home?\",,,\nanswer,Q1,No,0,,\nanswer,Q1,Yes,3,,\n" +
            "question,Q2,Violence?,,,\nanswer,q2,No,0,,\nanswer,Q2,Yes,2,High,\n" + Levels +
            "action,,Refer to the Vulnerability Panel,,high,5\naction,,Keep in touch,,medium,\n");

        Assert.Empty(issues);
        Assert.Equal("Is the victim afraid, at home?", matrix!.Questions[0].Text);
        Assert.Equal(new RiskAnswer("Yes", 2, RiskLevel.High), matrix.Questions[1].Answers[1]);
        Assert.Equal([new RiskAction(RiskLevel.High, "Refer to the Vulnerability Panel", 5), new RiskAction(RiskLevel.Medium, "Keep in touch", null)], matrix.Actions);
    }

    [Fact]
    public void Every_bad_row_is_an_issue_with_line_and_field_and_no_matrix_is_returned()
    {
        var (matrix, issues) = Read(Header +
            "question,Q1,Afraid?,,,\n" +          // 2
            "answer,Q1,No,0,,\n" +                // 3
            "answer,Q1,Yes,three,,\n" +           // 4 score not a number
            "answer,Q1,no,1,,\n" +                // 5 repeated answer
            "answer,Q9,Yes,1,,\n" +               // 6 unknown question
            "answer,Q1,Maybe,1,severe,\n" +       // 7 unknown level
            "question,Q1,Again?,,,\n" +           // 8 repeated question
            "query,Q2,What?,,,\n" +               // 9 unknown record
            "level,,,0,standard,0\n" +            // 10 interval of 0 days
            "level,,,-1,medium,28\n" +            // 11 negative score
            "action,,,,high,5\n" +                // 12 no text
            "action,,Refer,,high,soon\n");        // 13 days not a number

        Assert.Null(matrix);
        Assert.Equal(
        [
            "matrix.csv, line 4, field 'score': 'three' is not a whole number, 0 or more.",
            "matrix.csv, line 5, field 'text': question Q1 already has the answer 'no'.",
            "matrix.csv, line 6, field 'question': question Q9 is not declared above this answer.",
            "matrix.csv, line 7, field 'level': 'severe' is not a level: use standard, medium or high.",
            "matrix.csv, line 8, field 'question': question Q1 is declared twice (first on line 2).",
            "matrix.csv, line 9, field 'record': 'query' is not a record type: use question, answer, level or action.",
            "matrix.csv, line 10, field 'days': the reassessment interval must be at least 1 day.",
            "matrix.csv, line 11, field 'score': '-1' is not a whole number, 0 or more.",
            "matrix.csv, line 12, field 'text': an action has no text.",
            "matrix.csv, line 13, field 'days': 'soon' is not a whole number, 0 or more.",
            // Its other answers were refused, so Q1 is left with one.
            "matrix.csv, line 2, field 'question': question Q1 has 1 answer; it needs at least two.",
            "matrix.csv, field 'level': there is no 'level' row for standard risk.",
            "matrix.csv, field 'level': there is no 'level' row for medium risk.",
            "matrix.csv, field 'level': there is no 'level' row for high risk.",
        ], issues.Select(i => i.ToString()));
    }

    [Fact]
    public void Thresholds_out_of_order_unreachable_or_a_question_with_one_answer_are_issues_on_their_lines()
    {
        var (matrix, issues) = Read(Header +
            "question,Q1,Afraid?,,,\nanswer,Q1,No,0,,\nanswer,Q1,Yes,3,,\nquestion,Q2,Alone?,,,\nanswer,Q2,Yes,1,,\n" +
            "level,,,0,standard,84\nlevel,,,6,medium,28\nlevel,,,5,high,14\n");

        Assert.Null(matrix);
        Assert.Equal(
        [
            "matrix.csv, line 5, field 'question': question Q2 has 1 answer; it needs at least two.",
            "matrix.csv, line 9, field 'score': high risk must start above medium (6), not at 5.",
        ], issues.Select(i => i.ToString()));

        var (_, unreachable) = Read(Header + "question,Q1,Afraid?,,,\nanswer,Q1,No,0,,\nanswer,Q1,Yes,3,,\n" +
            "level,,,0,standard,84\nlevel,,,2,medium,28\nlevel,,,4,high,14\n");
        Assert.Equal("matrix.csv, line 7, field 'score': high risk starts at 4 but the most the answers can score is 3: no assessment could reach it by its score.",
            Assert.Single(unreachable).ToString());
    }

    [Fact]
    public void A_file_that_is_not_a_risk_matrix_is_refused_whole()
    {
        var (matrix, issues) = Read("reported_on,behaviour_on,agency\n2025-01-01,2025-01-01,Police\n");

        Assert.Null(matrix);
        Assert.StartsWith("matrix.csv, line 1: this is not a risk matrix", Assert.Single(issues).ToString(), StringComparison.Ordinal);
    }
}
