namespace Csp.Workbench.Strategy;

/// <summary>
/// One field of a row changed in the web app (or the row added there: <see cref="Field"/> "added"), or by importing a changed
/// plan (<see cref="By"/> then names who imported which file: "admin (import of action-plan.csv)"), with its value before
/// and after as the row page prints them, who changed it and when.
/// </summary>
public sealed record ActionRowChange(string Field, string? Before, string? After, string By, DateTimeOffset At)
{
    /// <summary>The field as the row page labels it.</summary>
    public string Label => ActionRowFields.Label(Field);
}
