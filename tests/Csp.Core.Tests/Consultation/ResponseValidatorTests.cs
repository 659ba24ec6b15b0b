using Csp.Core.Consultation;
using static Csp.Core.Tests.Consultation.SurveyExamples;

namespace Csp.Core.Tests.Consultation;

public sealed class ResponseValidatorTests
{
    private static readonly DateOnly Open = new(2019, 2, 20);

    // Later answers to the same key replace earlier ones (so Complete(...) can change a default answer).
    private static Dictionary<AnswerKey, string> Answers(params (string Key, string Value)[] answers)
    {
        var result = new Dictionary<AnswerKey, string>();
        foreach (var (key, value) in answers) result[Key(key)] = value;
        return result;
    }

    private static Dictionary<AnswerKey, string> Complete(params (string Key, string Value)[] more) =>
        Answers([("agree", "Yes"), ("priority[Reducing anti-social behaviour]", "High"), ("priority[Reducing burglary]", "Medium"), .. more]);

    [Fact]
    public void A_complete_submission_is_accepted_in_the_surveys_wording()
    {
        var result = ResponseValidator.Validate(Example, "sub-1", Complete(("agree", " don\u2019t KNOW "), ("problem[violent crime]", "a problem")), Open);

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal("Don't know", result.Response!.Answer(new AnswerKey("agree")));
        Assert.Equal("A problem", result.Response.Answer(new AnswerKey("problem", "Violent crime")));
        Assert.Equal("sub-1", result.Response.Id);
    }

    [Fact]
    public void Each_unanswered_required_question_and_grid_row_has_its_own_message()
    {
        var result = ResponseValidator.Validate(Example, "x", Answers(("priority[Reducing burglary]", "Low")), Open);

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                (new AnswerKey("agree"), "Select an answer to \u2018Are these the right priorities?\u2019"),
                (new AnswerKey("priority", "Reducing anti-social behaviour"), "Select an answer for \u2018Reducing anti-social behaviour\u2019"),
            ],
            result.Errors.Select(e => (e.Key, e.Message)));
    }

    [Fact]
    public void An_answer_that_is_not_offered_is_named_with_the_choices()
    {
        var result = ResponseValidator.Validate(Example, "x", Complete(("priority[Reducing burglary]", "Urgent")), Open);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new AnswerKey("priority", "Reducing burglary"), error.Key);
        Assert.Equal("\u2018Urgent\u2019 is not an answer for \u2018Reducing burglary\u2019: choose \u2018High\u2019, \u2018Medium\u2019 or \u2018Low\u2019", error.Message);
    }

    [Fact]
    public void Ranked_choices_must_differ_and_come_in_order()
    {
        var same = ResponseValidator.Validate(Example, "x", Complete(("impact[1]", "ASB"), ("impact[2]", "asb")), Open);
        var gap = ResponseValidator.Validate(Example, "y", Complete(("impact[2]", "Drugs")), Open);
        var good = ResponseValidator.Validate(Example, "z", Complete(("impact[1]", "ASB"), ("impact[2]", "Drugs")), Open);

        Assert.Equal("Choose a different second choice: \u2018ASB\u2019 is already your first choice", Assert.Single(same.Errors).Message);
        Assert.Equal("Select your first choice before your second", Assert.Single(gap.Errors).Message);
        Assert.True(good.IsValid);
    }

    [Fact]
    public void Other_needs_its_text_and_keeps_it()
    {
        var missing = ResponseValidator.Validate(Example, "x", Complete(("most-important", "Other")), Open);
        var given = ResponseValidator.Validate(Example, "y", Complete(("most-important", "other"), ("most-important[other]", "Fly-tipping")), Open);

        Assert.Equal((new AnswerKey("most-important", AnswerKey.OtherText), "Say what the other issue is"), (Assert.Single(missing.Errors).Key, missing.Errors[0].Message));
        Assert.Equal("Other", given.Response!.Answer(new AnswerKey("most-important")));
        Assert.Equal("Fly-tipping", given.Response.Answer(new AnswerKey("most-important", AnswerKey.OtherText)));
    }

    [Fact]
    public void Free_text_longer_than_allowed_is_refused_with_the_limit()
    {
        var result = ResponseValidator.Validate(Example, "x", Complete(("comments", new string('a', 21))), Open);

        Assert.Equal("Your answer must be 20 characters or fewer (it has 21)", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("da11 0df", "DA11 0DF")]
    [InlineData("DA110DF", "DA11 0DF")]
    [InlineData("sw1a 1aa", "SW1A 1AA")]
    [InlineData("M1 1AE", "M1 1AE")]
    public void A_postcode_is_kept_in_its_standard_form(string given, string kept)
    {
        var result = ResponseValidator.Validate(Example, "x", Complete(("postcode", given)), Open);

        Assert.Equal(kept, result.Response!.Answer(new AnswerKey("postcode")));
        Assert.False(result.Response.WithoutPostcode(Example).Answers.ContainsKey(new AnswerKey("postcode")));
    }

    [Theory]
    [InlineData("DA11")]
    [InlineData("12345")]
    [InlineData("DA11 0CI")]
    public void A_string_that_is_not_a_postcode_is_refused(string given)
    {
        var result = ResponseValidator.Validate(Example, "x", Complete(("postcode", given)), Open);

        Assert.Equal("Enter a real postcode, like DA11 0DF, or leave it empty", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void The_survey_takes_responses_from_its_opening_day_to_its_closing_day_inclusive()
    {
        Assert.True(ResponseValidator.Validate(Example, "a", Complete(), new DateOnly(2019, 2, 18)).IsValid);
        Assert.True(ResponseValidator.Validate(Example, "b", Complete(), new DateOnly(2019, 3, 3)).IsValid);
        Assert.Equal("This survey closed on 3 March 2019.", Assert.Single(ResponseValidator.Validate(Example, "c", Complete(), new DateOnly(2019, 3, 4)).Errors).Message);
        Assert.Equal("This survey opens on 18 February 2019.", Assert.Single(ResponseValidator.Validate(Example, "d", Complete(), new DateOnly(2019, 2, 17)).Errors).Message);
    }

    [Fact]
    public void An_import_keeps_a_response_with_required_questions_unanswered()
    {
        var result = ResponseValidator.Check(Example, "imported", Answers(("agree", "No")), enforceRequired: false);

        Assert.True(result.IsValid);
        Assert.Single(result.Response!.Answers);
    }
}
