namespace Csp.Core.Strategy;

/// <summary>
/// A theme (thematic priority) of the strategy with the sections the seeds give each: why it is a priority, the facts (what
/// the challenges are, from the assessment), what we will do (by strand: prevention, early identification, supportive
/// intervention, enforcement), what we want to achieve, how we will measure our impact, and the key delivery groups.
/// </summary>
/// <param name="Number">The theme's number, which its action plan refs start with (theme 1: refs 1.1, 1.2, ...).</param>
/// <param name="Facts">The facts as plain text (transcribed); the facts linked to the assessment are <see cref="LinkedFacts"/>.</param>
/// <param name="Priorities">The Strategic Assessment priorities the theme brings together.</param>
public sealed record StrategyTheme(int Number, string Title, IReadOnlyList<string> Why, IReadOnlyList<string> Facts, IReadOnlyList<string> WhatWeWillDo,
    IReadOnlyList<string> Outcomes, IReadOnlyList<string> Measures, IReadOnlyList<string> DeliveryGroups, IReadOnlyList<string> Priorities)
{
    /// <summary>Seed 003's "What will be our focus?": what the partnership concentrates on under this priority.</summary>
    public IReadOnlyList<string> Focus { get; init; } = [];

    /// <summary>Seed 003's "What will we do?" in its four strands, in the seed's order; strands the strategy leaves empty are not here.</summary>
    public IReadOnlyList<StrategyStrand> Strands { get; init; } = [];

    /// <summary>The facts the analyst linked to the assessment's findings, as the data gives them now.</summary>
    public IReadOnlyList<LinkedFact> LinkedFacts { get; init; } = [];
}
