using Csp.Core.Strategy;

namespace Csp.Workbench.Strategy;

/// <summary>
/// One linked fact of a priority (<paramref name="Priority"/>, the theme's title) as the data gives it now, and the same fact
/// in the version before (<paramref name="Then"/>: its area, category and measure, a refresh's months earlier), null when
/// the refresh did not carry it on (it was linked to this version, or there is no version before).
/// </summary>
public sealed record StrategyFactState(string Priority, LinkedFact Now, LinkedFact? Then)
{
    /// <summary>Whether the refresh changed the figure ("8,401" then, "6,643" now); null when there is nothing to compare with.</summary>
    public bool? Changed => Then is null ? null : Then.FigureText != Now.FigureText;
}
