using Csp.Core.Strategy;

namespace Csp.Workbench.Strategy;

/// <summary>A theme of the action plan a row may be added under: its number, title, and the ref a new row takes unless one is given.</summary>
public sealed record PlanTheme(int Number, string Title, ActionRef NextRef);
