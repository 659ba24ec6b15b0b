namespace Csp.Core.Briefing;

/// <summary>What counts as a repeat: at least <paramref name="Minimum"/> incidents in the <paramref name="Days"/> days to the briefing's end, one of them since the last briefing.</summary>
public sealed record RepeatRule(int Days, int Minimum)
{
    /// <summary>Repeat locations: 2 or more incidents at the address in 28 days.</summary>
    public static RepeatRule Locations { get; } = new(28, 2);

    /// <summary>Repeat victims and callers: 3 or more in 6 months (182 days), the ASB case review (community trigger) threshold.</summary>
    public static RepeatRule Victims { get; } = new(182, 3);
}
