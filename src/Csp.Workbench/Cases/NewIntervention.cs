using Csp.Core.Cases.Interventions;

namespace Csp.Workbench.Cases;

/// <summary>
/// An intervention to record: given to a person on the case (<see cref="PersonId"/>) or, for the place-focused powers, a
/// place (<see cref="Place"/>). <see cref="IssuingAgencyId"/> null: the officer's own agency.
/// </summary>
public sealed record NewIntervention(InterventionType Type, long? PersonId, string? Place, DateOnly IssuedOn, long? IssuingAgencyId,
    IReadOnlyList<string> Conditions, DateOnly? ComplyBy, DateOnly? ExpiresOn);
