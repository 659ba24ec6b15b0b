namespace Csp.Core.Cases.Repeats;

/// <summary>A key that meets the repeat rule.</summary>
/// <param name="Incidents">All of the key's incidents (up to the as-of date when one was given).</param>
/// <param name="MostInWindow">The most incidents in any one window.</param>
/// <param name="WindowFrom">The first incident of the earliest window holding <see cref="MostInWindow"/> incidents.</param>
/// <param name="WindowTo">The last incident of that window.</param>
/// <param name="FirstReachedOn">The date of the incident that first made the key a repeat (the rule's n-th incident in one window).</param>
/// <param name="InCurrentWindow">Incidents in the window that ends on the as-of date (or on the key's last incident when
/// none was given): at least the rule's minimum means the key is a repeat now, not only once.</param>
public sealed record RepeatFinding(
    RepeatKind Kind,
    string Key,
    int Incidents,
    int MostInWindow,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    DateOnly FirstReachedOn,
    int InCurrentWindow)
{
    public bool IsCurrent(RepeatRule rule) => InCurrentWindow >= rule.MinimumIncidents;
}
