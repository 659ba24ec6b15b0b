namespace Csp.Core.Strategy;

/// <summary>What the Management Group decided on one priority: a recommended one accepted or not taken; one added (not recommended, or not a police.uk category at all: road safety, reducing re-offending).</summary>
public enum PriorityOutcome
{
    Accepted,
    NotTaken,
    Added,
}
