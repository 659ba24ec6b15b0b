using System.Text;
using Csp.Core.Consultation;
using Csp.Ingest.Consultation;

namespace Csp.Ingest.Tests.Consultation;

public sealed class SurveyDefinitionReaderTests
{
    private static SurveyDefinitionRead Read(string json) => SurveyDefinitionReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "survey.json");

    [Fact]
    public void A_definition_with_defaults_is_read()
    {
        var read = Read("""
            { "id": "g2023", "title": "Gravesham consultation", "opens": "2023-10-16", "closes": "2023-12-15",
              "questions": [
                { "id": "impact", "kind": "ranked-choice", "text": "Which most affects community safety?", "required": true,
                  "options": ["ASB", "Town centre safety", "Violence", "Drugs", "Property crime"] },
                { "id": "problem", "kind": "problem-scale", "text": "How much of a problem?", "items": ["Violent crime"] },
                { "id": "issue", "kind": "single_choice", "text": "Most important?", "options": ["ASB"], "other": true },
                { "id": "ethnicity", "kind": "Ethnicity", "text": "Your ethnic group" },
              ] }
            """);

        Assert.Empty(read.Issues);
        var survey = read.Survey!;
        Assert.Equal(new DateOnly(2023, 12, 15), survey.Closes);
        Assert.Equal(2, survey.Questions[0].Ranks);
        Assert.True(survey.Questions[0].Required);
        Assert.Equal(SurveyScales.ProblemScale, survey.Questions[1].Choices);
        Assert.Equal(["ASB", "Other"], survey.Questions[2].Choices);
        Assert.Equal(19, survey.Questions[3].Choices.Count);
    }

    [Fact]
    public void Each_problem_is_named_by_its_path()
    {
        var read = Read("""
            { "id": "x", "title": "X", "opens": "16/10/2023", "closes": "2023-12-15",
              "questions": [ { "id": "a", "kind": "matrix", "text": "A" }, { "id": "b", "text": "B" }, { "id": "c", "kind": "sex", "text": "C", "required": "yes" } ] }
            """);

        Assert.Null(read.Survey);
        Assert.Equal(["$.opens", "$.questions[0].kind", "$.questions[1].kind", "$.questions[2].required"], read.Issues.Select(i => i.Field));
        Assert.Equal("'16/10/2023' is not a date written yyyy-MM-dd.", read.Issues[0].Message);
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_line()
    {
        var read = Read("{\n  \"id\": \"x\",\n  \"title\": }\n");

        Assert.Null(read.Survey);
        Assert.Equal(3, Assert.Single(read.Issues).Line);
    }

    [Fact]
    public void A_definition_the_survey_refuses_is_not_returned()
    {
        var read = Read("""{ "id": "x", "title": "X", "opens": "2023-12-15", "closes": "2023-10-16", "questions": [ { "id": "g", "kind": "priority-grid", "text": "G" } ] }""");

        Assert.Null(read.Survey);
        Assert.Equal(["the survey closes (16 October 2023) before it opens (15 December 2023).", "question 'g' is a grid with no issues to rate."], read.Issues.Select(i => i.Message));
    }
}
