namespace Csp.Core.Performance;

/// <summary>How a target is expressed (seed 001: "a reduction in ... (Dartford) and to maintain the low level ... (Gravesham)").</summary>
public enum TargetKind
{
    /// <summary>A level to reach: 120 (a count), 65 (a percentage), 4.5 (a rate).</summary>
    Number,
    /// <summary>A change on the baseline in per cent: -5 means 5% fewer than the baseline.</summary>
    PercentChange,
    /// <summary>A change on the baseline in percentage points (percentage measures): -2 means 2 points lower.</summary>
    PointsChange,
    /// <summary>"Reduce" or "increase" with no figure: any improvement on the baseline.</summary>
    Improve,
    /// <summary>"Maintain": no worse than the baseline.</summary>
    Maintain,
}
