namespace Csp.Core.Cases.Interventions;

/// <summary>A breach of an intervention's terms, recorded against the incident in which it was seen.</summary>
/// <param name="IncidentReference">The incident's reference (police or council); required.</param>
public sealed record InterventionBreach(DateOnly On, string IncidentReference);
