namespace Csp.Core.Consultation;

/// <summary>
/// One respondent's answers, as validated: option answers in the survey's own wording, free text trimmed. A question
/// with no entry was not answered. The postcode, when given, is among the answers under the postcode question: callers
/// that publish anything must drop it (<see cref="WithoutPostcode"/>).
/// </summary>
/// <param name="Id">The idempotency key: the form's submission id, the exporting tool's response id, or a hash of the imported row.</param>
public sealed record SurveyResponse(string Id, IReadOnlyDictionary<AnswerKey, string> Answers)
{
    public string? Answer(AnswerKey key) => Answers.TryGetValue(key, out var v) ? v : null;

    public SurveyResponse WithoutPostcode(Survey survey)
    {
        var postcode = survey.Questions.Where(q => q.Kind == QuestionKind.Postcode).Select(q => q.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return postcode.Count == 0 ? this : this with { Answers = Answers.Where(a => !postcode.Contains(a.Key.QuestionId)).ToDictionary() };
    }
}
