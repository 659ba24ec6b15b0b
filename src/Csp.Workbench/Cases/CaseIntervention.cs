using Csp.Core.Cases.Interventions;

namespace Csp.Workbench.Cases;

/// <summary>An intervention on a case as the case page shows it, with what the ladder's rules say about it.</summary>
public sealed record CaseIntervention(long Id, InterventionPower Power, string Subject, DateOnly IssuedOn, string IssuingAgency, IReadOnlyList<string> Conditions,
    DateOnly? ComplyBy, DateOnly? ExpiresOn, IReadOnlyList<InterventionBreach> Breaches, bool Expiring, IReadOnlyList<string> Issues);
