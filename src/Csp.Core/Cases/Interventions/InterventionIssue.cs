namespace Csp.Core.Cases.Interventions;

/// <summary>Something wrong with an intervention as recorded, in words an officer can act on.</summary>
public sealed record InterventionIssue(string InterventionId, string Message);
