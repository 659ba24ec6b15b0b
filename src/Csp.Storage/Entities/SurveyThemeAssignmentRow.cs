namespace Csp.Storage.Entities;

/// <summary>The analyst's themes for one comment, replacing what the keywords found (themes separated by ';'; empty: none).</summary>
public sealed class SurveyThemeAssignmentRow
{
    public long SurveyId { get; set; }
    public required string QuestionKey { get; set; }
    public required string ResponseKey { get; set; }
    public required string Themes { get; set; }
    public string? AssignedBy { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
}
