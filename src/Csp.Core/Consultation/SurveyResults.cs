namespace Csp.Core.Consultation;

/// <summary>A survey's tables: raw, and weighted beside them when weights were given.</summary>
/// <param name="Weighted">Empty when no weights were given; else one table per raw table, in the same order.</param>
/// <param name="WeightingNote">What the weights are (e.g. "raked to mid-2022 age and sex and Census 2021 ethnicity"), for the label.</param>
public sealed record SurveyResults(string SurveyId, string Title, int Responses, IReadOnlyList<QuestionTable> Tables, IReadOnlyList<QuestionTable> Weighted, string? WeightingNote)
{
    /// <summary>The table of a question (and grid item), raw.</summary>
    public QuestionTable? Table(string questionId, string? item = null) =>
        Tables.FirstOrDefault(t => string.Equals(t.QuestionId, questionId, StringComparison.OrdinalIgnoreCase)
            && (item is null ? t.Item is null : t.Item is not null && OptionText.Same(t.Item, item)));
}
