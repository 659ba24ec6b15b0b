namespace Csp.Core.Performance;

/// <summary>Which way a measure should move: what makes a figure better than its target.</summary>
public enum Polarity
{
    /// <summary>Fewer is better: offences, fires, repeat victims.</summary>
    LowerIsBetter,
    /// <summary>More is better: people in treatment, satisfaction.</summary>
    HigherIsBetter,
    /// <summary>Reported for context, never rated (e.g. referrals, where a rise can mean better identification).</summary>
    MonitorOnly,
}
