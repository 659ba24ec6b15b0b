namespace Csp.Core.Cases.RiskMatrix;

/// <summary>One answer a question allows and the points it scores.</summary>
/// <param name="AtLeast">When set, this answer alone puts the assessment at this level or higher whatever the total
/// (e.g. thoughts of self-harm: high), so that one grave answer is never averaged away.</param>
public sealed record RiskAnswer(string Text, int Score, RiskLevel? AtLeast = null);
