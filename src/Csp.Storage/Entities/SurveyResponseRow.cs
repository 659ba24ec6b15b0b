namespace Csp.Storage.Entities;

/// <summary>One response to a survey: from the public form or an imported export (<see cref="Source"/>).</summary>
public sealed class SurveyResponseRow
{
    public long Id { get; set; }
    public long SurveyId { get; set; }
    public required string ResponseKey { get; set; }
    public required string Source { get; set; }
    public long? ImportFileId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
