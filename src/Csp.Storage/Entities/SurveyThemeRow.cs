namespace Csp.Storage.Entities;

public sealed class SurveyThemeRow
{
    public long SurveyId { get; set; }
    public required string QuestionKey { get; set; }
    public int Position { get; set; }
    public required string Theme { get; set; }
    /// <summary>Separated by ';'.</summary>
    public required string Keywords { get; set; }
}
