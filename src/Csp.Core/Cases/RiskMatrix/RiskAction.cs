namespace Csp.Core.Cases.RiskMatrix;

/// <summary>What an assessment at <see cref="Level"/> requires, e.g. "Refer to the Vulnerability Panel" within 5 working days.</summary>
/// <param name="WithinWorkingDays">Working days after the assessment by which it must be done (day 1 is the first working
/// day after the assessment); null when the action has no deadline.</param>
public sealed record RiskAction(RiskLevel Level, string Text, int? WithinWorkingDays);
