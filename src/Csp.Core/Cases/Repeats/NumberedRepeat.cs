namespace Csp.Core.Cases.Repeats;

/// <summary><see cref="RepeatFinding"/> for a key given as a number (a database id); see there for the fields.</summary>
public readonly record struct NumberedRepeat(
    int Key,
    int Incidents,
    int MostInWindow,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    DateOnly FirstReachedOn,
    int InCurrentWindow);
