namespace Csp.Core.Cases.Interventions;

/// <summary>The ladder's powers in rung order (the numeric order of <see cref="InterventionType"/>).</summary>
public static class InterventionPowers
{
    public static IReadOnlyList<InterventionPower> All { get; } =
    [
        new(InterventionType.WarningLetter, "warning letter", "Warning letter", "non-statutory", false, null),
        new(InterventionType.AcceptableBehaviourAgreement, "Acceptable Behaviour Agreement", "ABA", "non-statutory", false, null),
        new(InterventionType.CommunityProtectionWarning, "Community Protection Warning", "CPW", "s.43(5)", false, null),
        new(InterventionType.CommunityProtectionNotice, "Community Protection Notice", "CPN", "s.43", false, null),
        new(InterventionType.Injunction, "civil injunction", "Injunction", "Part 1, s.1", false, null),
        new(InterventionType.CriminalBehaviourOrder, "Criminal Behaviour Order", "CBO", "Part 2, s.22", false, null),
        new(InterventionType.PossessionOrder, "possession order", "Possession order",
            "Housing Act 1985 s.84A and Housing Act 1988 Sch.2 Ground 7A (absolute ground, Part 5)", false, null),
        // A direction given at 22:00 may run 48 hours, into the second day after: the end date is at most two days on.
        new(InterventionType.DispersalDirection, "dispersal direction", "Dispersal", "Part 3, s.35", true, new InterventionTerm(2, 0, "48 hours")),
        new(InterventionType.PublicSpacesProtectionOrder, "Public Spaces Protection Order", "PSPO", "Part 4 Chapter 2, ss.59-60", true, new InterventionTerm(0, 36, "three years")),
        new(InterventionType.ClosureOrder, "closure order", "Closure order", "Part 4 Chapter 3, ss.80-82", true, new InterventionTerm(0, 6, "six months with extensions")),
    ];

    public static InterventionPower Of(InterventionType type) => All[(int)type];
}
