namespace Csp.Core.Consultation;

/// <summary>One answer slot of a survey as a column of codes: a question, a grid item, or one rank of a ranked choice.</summary>
/// <param name="QuestionIndex">The question's position in the survey.</param>
/// <param name="Options">The options the codes index (code i is Options[i]).</param>
/// <param name="Rank">1, 2, ... for a ranked choice's columns; 0 otherwise.</param>
public sealed record ResponseColumn(AnswerKey Key, int QuestionIndex, IReadOnlyList<string> Options, int Rank);
