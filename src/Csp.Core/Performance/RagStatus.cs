namespace Csp.Core.Performance;

/// <summary>Red, amber, green, or not rated; <see cref="RagRule"/> states when each applies.</summary>
public enum RagStatus
{
    Green,
    Amber,
    Red,
    NotRated,
}
