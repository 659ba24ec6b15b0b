namespace Csp.Core.Cases.Interventions;

/// <summary>One intervention given to a person or place on a case.</summary>
/// <param name="Subject">Whom or what it is given to: a person's key for the person-focused powers, a place's key for
/// dispersal, PSPO and closure. The CPN rule matches a notice to a warning by this key.</param>
/// <param name="ComplyBy">For a Community Protection Warning, the day by which the person must have dealt with the
/// matter: a notice may follow only after it (s.43(5)(b): "given enough time to have dealt with the matter").</param>
/// <param name="ExpiresOn">The last day it has effect, inclusive; null when it runs until discharged.</param>
public sealed record Intervention(
    string Id,
    InterventionType Type,
    string Subject,
    DateOnly IssuedOn,
    string IssuingAgency)
{
    public IReadOnlyList<string> Conditions { get; init; } = [];

    public DateOnly? ComplyBy { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public IReadOnlyList<InterventionBreach> Breaches { get; init; } = [];

    public InterventionPower Power => InterventionPowers.Of(Type);

    /// <summary>In force on <paramref name="day"/>: issued on or before it and not expired before it.</summary>
    public bool InForceOn(DateOnly day) => IssuedOn <= day && (ExpiresOn is null || day <= ExpiresOn);
}
