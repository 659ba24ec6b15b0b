namespace Csp.Core.Cases.SubjectAccess;

/// <summary>A risk assessment about the person (of them, or of the victim on a case where they are the victim), with each answer given.</summary>
public sealed record SubjectRiskAssessment(string CaseReference, DateOnly AssessedOn, string Assessor, int Score, int MaxScore, string Level, string? RaisedTo,
    string? RaisedBecause, IReadOnlyList<SubjectAnswer> Answers);
