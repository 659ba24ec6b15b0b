namespace Csp.Core.Consultation;

/// <summary>One respondent's free-text answer (or "other, please say" text).</summary>
public sealed record FreeTextAnswer(string ResponseId, string Text)
{
    /// <summary>
    /// The comments to theme for a question: a free-text question's answers, or a single choice's "other, please say"
    /// texts. Postcodes are never returned (they are not comments, and not for analysis).
    /// </summary>
    public static IReadOnlyList<FreeTextAnswer> Of(Survey survey, IEnumerable<SurveyResponse> responses, string questionId)
    {
        var question = survey.Question(questionId) ?? throw new ArgumentException($"The survey '{survey.Id}' has no question '{questionId}'.", nameof(questionId));
        if (question.Kind == QuestionKind.Postcode) throw new ArgumentException($"Question '{questionId}' is the postcode, which is never themed or shown.", nameof(questionId));
        var key = question.Kind == QuestionKind.FreeText ? new AnswerKey(question.Id) : new AnswerKey(question.Id, AnswerKey.OtherText);
        return responses
            .Select(r => (r.Id, Text: r.Answer(key)))
            .Where(a => !string.IsNullOrWhiteSpace(a.Text))
            .Select(a => new FreeTextAnswer(a.Id, a.Text!))
            .ToArray();
    }
}
