namespace Csp.Core.Cases.SubjectAccess;

/// <summary>A question of the risk assessment matrix (its text when the matrix still has it, else its id) and the answer given.</summary>
public sealed record SubjectAnswer(string Question, string Answer);
