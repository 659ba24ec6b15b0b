namespace Csp.Core.Cases.Interventions;

/// <summary>
/// The escalation ladder of ASB interventions, lowest rung first: the person-focused steps (warning letter to possession
/// order), then the place-focused powers (dispersal, PSPO, closure), which are used beside the ladder rather than on it.
/// The numeric order is the rung (see <see cref="InterventionPowers"/>).
/// </summary>
public enum InterventionType
{
    WarningLetter,
    AcceptableBehaviourAgreement,
    CommunityProtectionWarning,
    CommunityProtectionNotice,
    Injunction,
    CriminalBehaviourOrder,
    PossessionOrder,
    DispersalDirection,
    PublicSpacesProtectionOrder,
    ClosureOrder,
}
