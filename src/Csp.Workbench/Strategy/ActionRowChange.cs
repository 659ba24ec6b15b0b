namespace Csp.Workbench.Strategy;

/// <summary>
/// One field of a row changed in the web app (or the row added there: <see cref="Field"/> "added"), with its value before
/// and after as the row page prints them, who changed it and when.
/// </summary>
public sealed record ActionRowChange(string Field, string? Before, string? After, string By, DateTimeOffset At)
{
    /// <summary>The field as the row page labels it.</summary>
    public string Label => ActionRowFields.Label(Field);
}
