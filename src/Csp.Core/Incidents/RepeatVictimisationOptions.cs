namespace Csp.Core.Incidents;

/// <param name="WindowMonths">How far back another incident makes a victim a repeat victim: 12 months by default (the
/// Home Office and Kent Police definition), inclusive of the day that many months earlier.</param>
public sealed record RepeatVictimisationOptions(int WindowMonths = 12)
{
    public static readonly RepeatVictimisationOptions Default = new();
}
