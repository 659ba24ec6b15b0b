using Csp.Core.Consultation;

namespace Csp.Web.Consultation;

/// <summary>
/// The public form's field names and element ids for each answer slot: the question id, then the grid item's position,
/// the rank or "other" (names safe in HTML whatever the items' text). The ids are what the error summary links to.
/// </summary>
public static class SurveyFields
{
    public static string Name(SurveyQuestion question, AnswerKey key)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (key.Part is null) return question.Id;
        if (question.IsGrid) return $"{question.Id}__{Index(question.Items, key.Part)}";
        if (key.Part == AnswerKey.OtherText) return $"{question.Id}__other";
        return $"{question.Id}__rank{key.Part}";
    }

    /// <summary>The id of the element an error about the slot links to: the first radio button, the select, the text box.</summary>
    public static string Target(Survey survey, AnswerKey key)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (key.QuestionId.Length == 0 || survey.Question(key.QuestionId) is not { } question) return "survey-form";
        var name = Name(question, key);
        return question.Kind is QuestionKind.FreeText or QuestionKind.Postcode or QuestionKind.RankedChoice || key.Part == AnswerKey.OtherText ? name : name + "-0";
    }

    /// <summary>The submitted answers by slot, from the form's fields (empty ones left out).</summary>
    public static Dictionary<AnswerKey, string> Read(Survey survey, Func<string, string?> field)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(field);
        var answers = new Dictionary<AnswerKey, string>();
        foreach (var question in survey.Questions)
        {
            var keys = question.Keys().ToList();
            if (question.AllowOther) keys.Add(new AnswerKey(question.Id, AnswerKey.OtherText));
            foreach (var key in keys)
            {
                if (field(Name(question, key)) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value)) answers[key] = value;
            }
        }
        return answers;
    }

    private static int Index(IReadOnlyList<string> items, string item)
    {
        var i = OptionText.IndexOf(items, item);
        return i < 0 ? 0 : i;
    }
}
