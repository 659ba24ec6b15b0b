namespace Csp.Core.Cases.RiskMatrix;

/// <summary>Where a level starts and how soon it must be assessed again.</summary>
/// <param name="FromScore">The lowest total that reaches the level (inclusive); the standard level starts at 0.</param>
/// <param name="ReassessAfterDays">Calendar days from an assessment at this level to the next one.</param>
public sealed record RiskLevelRule(RiskLevel Level, int FromScore, int ReassessAfterDays);
