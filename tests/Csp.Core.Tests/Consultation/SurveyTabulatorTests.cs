using System.Text.Json;
using Csp.Core.Consultation;
using static Csp.Core.Tests.Consultation.SurveyExamples;

namespace Csp.Core.Tests.Consultation;

public sealed class SurveyTabulatorTests
{
    [Fact]
    public void Percentages_are_of_those_who_answered_and_no_answer_is_counted_apart()
    {
        var responses = new[]
        {
            Response("a", ("agree", "Yes")), Response("b", ("agree", "Yes")), Response("c", ("agree", "Don't know")),
            Response("d", ("agree", "No")), Response("e"),
        };

        var table = SurveyTabulator.Tabulate(ResponseMatrix.Build(Example, responses)).Table("agree")!;

        Assert.Equal(5, table.Responses);
        Assert.Equal(4, table.Answered);
        Assert.Equal(1, table.NoAnswer);
        Assert.Equal(["Yes", "No", "Don't know"], table.Options.Select(o => o.Option));
        Assert.Equal([2.0, 1, 1], table.Options.Select(o => o.Count));
        Assert.Equal([50.0, 25, 25], table.Options.Select(o => o.Percent!.Value));
        Assert.Equal("4 of 5 answered", table.Base);
    }

    [Fact]
    public void A_grid_gives_one_table_per_issue_with_its_own_base()
    {
        var responses = new[]
        {
            Response("a", ("priority[Reducing anti-social behaviour]", "High"), ("priority[Reducing burglary]", "Low")),
            Response("b", ("priority[Reducing anti-social behaviour]", "High")),
            Response("c", ("priority[Reducing anti-social behaviour]", "Medium"), ("priority[Reducing burglary]", "High")),
        };

        var results = SurveyTabulator.Tabulate(ResponseMatrix.Build(Example, responses));
        var asb = results.Table("priority", "Reducing anti-social behaviour")!;
        var burglary = results.Table("priority", "Reducing burglary")!;

        Assert.Equal([2.0, 1, 0], asb.Options.Select(o => o.Count));
        Assert.Equal(3, asb.Answered);
        Assert.Equal(2, burglary.Answered);
        Assert.Equal(1, burglary.NoAnswer);
        Assert.Equal(50, burglary.Options[0].Percent);
    }

    [Fact]
    public void Dont_know_is_kept_as_an_option_and_in_the_base()
    {
        var responses = new[]
        {
            Response("a", ("problem[Violent crime]", "A very big problem")),
            Response("b", ("problem[Violent crime]", "Don't know")),
            Response("c", ("problem[Violent crime]", "Don\u2019t know")),
            Response("d", ("problem[Violent crime]", "Not a problem")),
        };

        var table = SurveyTabulator.Tabulate(ResponseMatrix.Build(Example, responses)).Table("problem", "Violent crime")!;

        Assert.Equal(4, table.Answered);
        Assert.Equal(2, table.Options.Single(o => o.Option == "Don't know").Count);
        Assert.Equal(50, table.Options.Single(o => o.Option == "Don't know").Percent);
    }

    [Fact]
    public void A_single_choice_states_its_base_as_seed_002_does()
    {
        // Seed 002: 420 responded, 407 answered, 163 chose ASB: 40.05%.
        var responses = Enumerable.Range(0, 420).Select(i => i switch
        {
            < 163 => Response($"r{i}", ("most-important", "Anti-social behaviour")),
            < 407 => Response($"r{i}", ("most-important", "Violent crime")),
            _ => Response($"r{i}"),
        }).ToArray();

        var table = SurveyTabulator.Tabulate(ResponseMatrix.Build(Example, responses)).Table("most-important")!;

        Assert.Equal("407 of 420 answered", table.Base);
        Assert.Equal(40.05, Math.Round(table.Options[0].Percent!.Value, 2));
        Assert.Equal(["Anti-social behaviour", "Violent crime", "Drugs", "Other"], table.Options.Select(o => o.Option));
    }

    [Fact]
    public void A_ranked_choice_gives_first_and_second_choice_percentages_of_those_who_answered()
    {
        // Seed 003's first choices, 146 responses: 46.3% ASB, 27.9% town centre, 15.4% violence, 7.4% drugs, 2.9%
        // property crime; second: 32.4% ASB, 23.5% town centre. Those round from 63, 38, 21, 10, 4 of 136 answering, and
        // 44 and 32 of the same 136 (the other second choices here are made up to complete the rows).
        var firsts = new[] { ("ASB", 63), ("Town centre safety", 38), ("Violence", 21), ("Drugs", 10), ("Property crime", 4) };
        var seconds = new[] { ("ASB", 44), ("Town centre safety", 32), ("Violence", 30), ("Drugs", 20), ("Property crime", 10) };
        var firstList = firsts.SelectMany(f => Enumerable.Repeat(f.Item1, f.Item2)).ToArray();
        // Pair so that no respondent picks the same issue twice: rotate the second choices by 70 places.
        var secondList = seconds.SelectMany(s => Enumerable.Repeat(s.Item1, s.Item2)).ToArray();
        var rotated = secondList.Skip(70).Concat(secondList.Take(70)).ToArray();
        var responses = new List<SurveyResponse>();
        for (var i = 0; i < 136; i++)
        {
            var second = rotated[i] == firstList[i] ? rotated[(i + 68) % 136] : rotated[i];
            responses.Add(Response($"r{i}", ("impact[1]", firstList[i]), ("impact[2]", second)));
        }
        for (var i = 136; i < 146; i++) responses.Add(Response($"r{i}"));
        Assert.All(responses.Take(136), r => Assert.NotEqual(r.Answer(AnswerKey.Rank("impact", 1)), r.Answer(AnswerKey.Rank("impact", 2))));
        var secondCounts = responses.Take(136).GroupBy(r => r.Answer(AnswerKey.Rank("impact", 2))!).ToDictionary(g => g.Key, g => g.Count());

        var table = SurveyTabulator.Tabulate(ResponseMatrix.Build(Example, responses)).Table("impact")!;

        Assert.Equal("136 of 146 answered", table.Base);
        Assert.Equal([46.3, 27.9, 15.4, 7.4, 2.9], table.Options.Select(o => Math.Round(o.FirstChoicePercent!.Value, 1)));
        Assert.Equal(Math.Round(100.0 * secondCounts["ASB"] / 136, 1), Math.Round(table.Options[0].SecondChoicePercent!.Value, 1));
        Assert.Equal(63 + secondCounts["ASB"], table.Options[0].Count);
    }

    [Fact]
    public void Weighted_tables_sum_the_weights_beside_the_raw_ones()
    {
        var responses = new[] { Response("a", ("agree", "Yes")), Response("b", ("agree", "No")), Response("c", ("agree", "No")), Response("d") };
        double[] weights = [3, 0.5, 0.5, 2];

        var results = SurveyTabulator.Tabulate(ResponseMatrix.Build(Example, responses), weights, "test weights");
        var raw = results.Table("agree")!;
        var weighted = results.Weighted.Single(t => t.QuestionId == "agree");

        Assert.Equal(100.0 / 3, raw.Options[0].Percent!.Value, 12);
        Assert.True(weighted.Weighted);
        Assert.Equal(6, weighted.Responses);
        Assert.Equal(4, weighted.Answered);
        Assert.Equal(2, weighted.NoAnswer);
        Assert.Equal([75.0, 25, 0], weighted.Options.Select(o => o.Percent!.Value));
        Assert.Equal("4.0 of 6.0 answered (weighted)", weighted.Base);
        Assert.Equal("test weights", results.WeightingNote);
    }

    [Fact]
    public void Free_text_and_postcodes_are_never_tabulated()
    {
        var responses = new[] { Response("a", ("comments", "More police"), ("postcode", "DA11 0DF")) };

        var results = SurveyTabulator.Tabulate(ResponseMatrix.Build(Example, responses));

        Assert.DoesNotContain(results.Tables, t => t.QuestionId is "comments" or "postcode");
        Assert.Null(results.Table("agree")!.Options[0].Percent);
    }

    [Fact]
    public void Coding_an_answer_that_is_not_an_option_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => ResponseMatrix.Build(Example, [Response("x", ("agree", "Maybe"))]));

        Assert.Contains("'x'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Maybe", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_serialises_to_the_json_shape_of_issue_18()
    {
        var responses = new[] { Response("a", ("impact[1]", "ASB"), ("impact[2]", "Drugs")), Response("b") };

        var json = JsonSerializer.Serialize(SurveyTabulator.Tabulate(ResponseMatrix.Build(Example, responses)).Table("impact"), JsonSerializerOptions.Web);

        Assert.Contains("\"question\":\"Which issues most affect community safety?\"", json, StringComparison.Ordinal);
        Assert.Contains("\"answered\":1,\"noAnswer\":1", json, StringComparison.Ordinal);
        Assert.Contains("{\"option\":\"ASB\",\"count\":1,\"percent\":100,", json, StringComparison.Ordinal);
        Assert.Contains("\"firstChoicePercent\":100,\"secondChoicePercent\":0}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_and_answers_in_another_spelling_are_coded_as_the_surveys_own()
    {
        var response = new SurveyResponse("a", new Dictionary<AnswerKey, string>
        {
            [new AnswerKey("PRIORITY", "reducing anti\u2010social behaviour")] = "high",
            [new AnswerKey("comments")] = "not coded",
        });

        var table = SurveyTabulator.Tabulate(ResponseMatrix.Build(Example, [response])).Table("priority", "Reducing anti-social behaviour")!;

        Assert.Equal(1, table.Options[0].Count);
    }

    [Fact]
    public void One_hundred_thousand_responses_to_forty_questions_with_weights_are_counted_exactly()
    {
        // Correctness at scale (the timing is in benchmarks/): code c of question q for response i is (i + q) mod 4,
        // with every seventh response unanswered, so each count is known in closed form.
        const int n = 100_000;
        var questions = Enumerable.Range(0, 40).Select(q => new SurveyQuestion($"q{q}", $"Question {q}", QuestionKind.SingleChoice) { Options = ["A", "B", "C", "D"] }).ToArray();
        var survey = new Survey("big", "Big", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), questions);
        var codes = Enumerable.Range(0, 40).Select(q => Enumerable.Range(0, n).Select(i => i % 7 == 0 ? ResponseMatrix.NoAnswer : (byte)((i + q) % 4)).ToArray()).ToArray();
        var weights = Enumerable.Range(0, n).Select(i => i % 2 == 0 ? 2.0 : 1.0).ToArray();
        var matrix = ResponseMatrix.FromCodes(survey, codes, Enumerable.Range(0, n).Select(i => $"r{i}").ToArray());

        var results = SurveyTabulator.Tabulate(matrix, weights);

        for (var q = 0; q < 40; q++)
        {
            var expected = new int[4];
            var expectedWeight = new double[4];
            var unanswered = 0;
            for (var i = 0; i < n; i++)
            {
                if (i % 7 == 0)
                {
                    unanswered++;
                    continue;
                }
                expected[(i + q) % 4]++;
                expectedWeight[(i + q) % 4] += weights[i];
            }
            Assert.Equal(expected.Select(x => (double)x), results.Tables[q].Options.Select(o => o.Count));
            Assert.Equal(expectedWeight, results.Weighted[q].Options.Select(o => o.Count));
            Assert.Equal(unanswered, results.Tables[q].NoAnswer);
        }
    }
}
