namespace Csp.Storage.Entities;

/// <summary>A consultation survey: its definition JSON (the source of its questions), dates and the area it is of.</summary>
public sealed class SurveyRow
{
    public long Id { get; set; }
    public required string SurveyKey { get; set; }
    public required string Title { get; set; }
    public string? AreaCode { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public required string Definition { get; set; }
    public required string DefinitionSha256 { get; set; }
    public string? ConcernQuestion { get; set; }
    public int PostcodeRetentionDays { get; set; } = 365;
    public bool Demo { get; set; }
    /// <summary>Built in the survey builder and not yet opened: the public form neither shows it nor takes responses.</summary>
    public bool Draft { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
