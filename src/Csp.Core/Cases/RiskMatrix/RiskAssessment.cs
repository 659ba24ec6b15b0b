namespace Csp.Core.Cases.RiskMatrix;

/// <summary>One completed risk assessment: who assessed, when, and the answer given to each question (by question id).</summary>
/// <param name="Answers">Question id to the answer's text, as the matrix words it.</param>
/// <param name="RaisedTo">The assessor's professional judgement, when it puts the level higher than the score does;
/// <paramref name="RaisedBecause"/> says why. A judgement can raise a level, never lower it.</param>
public sealed record RiskAssessment(
    DateOnly AssessedOn,
    string Assessor,
    IReadOnlyDictionary<string, string> Answers,
    RiskLevel? RaisedTo = null,
    string? RaisedBecause = null);
