namespace Csp.Core.Cases.Repeats;

/// <summary>What an incident's key names: the same rule finds repeat victims, repeat locations and repeat callers.</summary>
public enum RepeatKind
{
    Victim,
    Location,
    Caller,
}
