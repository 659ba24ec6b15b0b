using Csp.Core.Calendar;

namespace Csp.Core.Cases.RiskMatrix;

/// <summary>An action an assessment requires, with its due date when the matrix sets one.</summary>
public sealed record RequiredAction(string Text, Deadline? Deadline);
