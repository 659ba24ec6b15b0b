using Csp.Core.Consultation;

namespace Csp.Web.Consultation;

/// <summary>One question as the survey builder's form posts it: options and issues one per line; a question with no text is left out.</summary>
public sealed class QuestionInput
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Text { get; set; }
    public string? Hint { get; set; }
    public bool Required { get; set; }
    public string? Options { get; set; }
    public string? Items { get; set; }
    public bool Other { get; set; }
    public int Ranks { get; set; } = 2;
    public bool Remove { get; set; }

    public static QuestionInput Of(SurveyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new QuestionInput
        {
            Id = question.Id, Kind = question.Kind.ToString(), Text = question.Text, Hint = question.Hint, Required = question.Required,
            Options = string.Join("\n", question.Options), Items = string.Join("\n", question.Items), Other = question.AllowOther, Ranks = question.Ranks,
        };
    }

    /// <summary>The question, or null (with the reason in <paramref name="problem"/> when it is not just an empty row).</summary>
    public SurveyQuestion? ToQuestion(int number, out string? problem)
    {
        problem = null;
        if (Remove || string.IsNullOrWhiteSpace(Text)) return null;
        if (!Enum.TryParse<QuestionKind>(Kind, out var kind))
        {
            problem = $"question {number}: choose what kind of question it is.";
            return null;
        }
        var id = string.IsNullOrWhiteSpace(Id) ? $"q{number}" : Id.Trim();
        return new SurveyQuestion(id, Text.Trim(), kind)
        {
            Required = Required, Hint = string.IsNullOrWhiteSpace(Hint) ? null : Hint.Trim(), Options = Lines(Options), Items = Lines(Items),
            AllowOther = Other && kind == QuestionKind.SingleChoice, Ranks = Ranks,
            MaxLength = kind == QuestionKind.FreeText || (Other && kind == QuestionKind.SingleChoice) ? 1000 : 2000,
        };
    }

    private static string[] Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
