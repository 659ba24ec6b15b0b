namespace Csp.Workbench.Strategy;

/// <summary>A row to add under a theme (its number) of a strategy version's plan: the ref is the next in the theme unless one is given ("1.18").</summary>
public sealed record NewActionRow(int Theme, string? Ref, ActionRowEdit Fields);
