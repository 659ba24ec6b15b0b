namespace Csp.Storage.Entities;

/// <summary>One answer slot of a response. <see cref="Part"/>: the grid item, the rank, "other", or "" for a single answer.</summary>
public sealed class SurveyAnswerRow
{
    public long ResponseId { get; set; }
    public required string QuestionKey { get; set; }
    public string Part { get; set; } = "";
    public required string Value { get; set; }
}
