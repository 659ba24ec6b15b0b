using Csp.Core.Consultation;

namespace Csp.Core.Tests.Consultation;

/// <summary>Small surveys in the seeds' shapes, and a helper to write responses by hand.</summary>
internal static class SurveyExamples
{
    public static readonly SurveyQuestion Priority = new("priority", "What level of priority should each be given?", QuestionKind.PriorityGrid)
    {
        Required = true,
        Items = ["Reducing anti-social behaviour", "Reducing burglary"],
    };

    public static readonly SurveyQuestion Problem = new("problem", "How much of a problem is each in your neighbourhood?", QuestionKind.ProblemScale)
    {
        Items = ["Violent crime"],
    };

    public static readonly SurveyQuestion Agree = new("agree", "Are these the right priorities?", QuestionKind.YesNoDontKnow) { Required = true };

    public static readonly SurveyQuestion MostImportant = new("most-important", "What is the single most important issue in your area?", QuestionKind.SingleChoice)
    {
        Options = ["Anti-social behaviour", "Violent crime", "Drugs"],
        AllowOther = true,
    };

    public static readonly SurveyQuestion Impact = new("impact", "Which issues most affect community safety?", QuestionKind.RankedChoice)
    {
        Options = ["ASB", "Town centre safety", "Violence", "Drugs", "Property crime"],
        Ranks = 2,
    };

    public static readonly SurveyQuestion Comments = new("comments", "Any other issues?", QuestionKind.FreeText) { MaxLength = 20 };

    public static readonly SurveyQuestion Postcode = new("postcode", "Your postcode", QuestionKind.Postcode);

    public static readonly Survey Example = new("s1", "Test consultation", new DateOnly(2019, 2, 18), new DateOnly(2019, 3, 3),
        [Agree, Priority, Problem, MostImportant, Impact, Comments, Postcode]);

    public static SurveyResponse Response(string id, params (string Key, string Value)[] answers) =>
        new(id, answers.ToDictionary(a => Key(a.Key), a => a.Value));

    /// <summary>"priority[Reducing burglary]" -> the grid item's key; "impact[1]" -> rank 1; "agree" -> the question.</summary>
    public static AnswerKey Key(string text)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        return open < 0 ? new AnswerKey(text) : new AnswerKey(text[..open], text[(open + 1)..^1]);
    }
}
