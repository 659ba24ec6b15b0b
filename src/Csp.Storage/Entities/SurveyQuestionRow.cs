namespace Csp.Storage.Entities;

public sealed class SurveyQuestionRow
{
    public long SurveyId { get; set; }
    public int Position { get; set; }
    public required string QuestionKey { get; set; }
    public required string Kind { get; set; }
    public required string Text { get; set; }
    public bool Required { get; set; }
}
