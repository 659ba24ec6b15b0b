namespace Csp.Core.Consultation;

/// <summary>One question of a survey.</summary>
/// <param name="Id">A short stable key (letters, digits, '-' or '_'), used in answers, exports and mappings.</param>
/// <param name="Text">The question as the respondent reads it.</param>
public sealed record SurveyQuestion(string Id, string Text, QuestionKind Kind)
{
    public bool Required { get; init; }

    /// <summary>Extra guidance under the question (the form's hint).</summary>
    public string? Hint { get; init; }

    /// <summary>The answer options; for a grid, the scale every item is answered on. Empty means the kind's defaults (<see cref="SurveyScales.DefaultsFor"/>).</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The rows of a priority grid or problem scale: the issues, each answered once.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>Single choice only: adds "Other" to the options, with a text box the respondent must fill when choosing it.</summary>
    public bool AllowOther { get; init; }

    /// <summary>Ranked choice only: how many choices are asked for (2 = first and second, as seed 003).</summary>
    public int Ranks { get; init; } = 2;

    /// <summary>Free text and "other, please say": the longest answer kept, in characters.</summary>
    public int MaxLength { get; init; } = 2000;

    /// <summary>The options a respondent can pick, in order: the given or default ones, then "Other" where allowed.</summary>
    public IReadOnlyList<string> Choices
    {
        get
        {
            var options = Options.Count > 0 ? Options : SurveyScales.DefaultsFor(Kind);
            return AllowOther && Kind == QuestionKind.SingleChoice && !options.Any(o => OptionText.Same(o, SurveyScales.Other))
                ? [.. options, SurveyScales.Other]
                : options;
        }
    }

    public bool IsGrid => Kind is QuestionKind.PriorityGrid or QuestionKind.ProblemScale;

    /// <summary>Whether the answers are options that are counted (every kind but free text and postcode).</summary>
    public bool IsTabulated => Kind is not (QuestionKind.FreeText or QuestionKind.Postcode);

    /// <summary>The answer slots of the question: one per grid item, one per rank, or one.</summary>
    public IReadOnlyList<AnswerKey> Keys() => Kind switch
    {
        QuestionKind.PriorityGrid or QuestionKind.ProblemScale => Items.Select(i => new AnswerKey(Id, i)).ToArray(),
        QuestionKind.RankedChoice => Enumerable.Range(1, Ranks).Select(r => AnswerKey.Rank(Id, r)).ToArray(),
        _ => [new AnswerKey(Id)],
    };
}
