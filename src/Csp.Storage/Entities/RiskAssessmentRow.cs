namespace Csp.Storage.Entities;

/// <summary>One risk assessment kept on a case: the answers (JSON, question id to answer text) and the matrix's score then.</summary>
public sealed class RiskAssessmentRow
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long? PersonId { get; set; }
    public DateOnly AssessedOn { get; set; }
    public required string Assessor { get; set; }
    public required string Answers { get; set; }
    public string? RaisedTo { get; set; }
    public string? RaisedBecause { get; set; }
    public int Score { get; set; }
    public int MaxScore { get; set; }
    public required string Level { get; set; }
    public DateOnly ReassessBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
