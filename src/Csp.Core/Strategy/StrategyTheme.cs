namespace Csp.Core.Strategy;

/// <summary>
/// A theme (thematic priority) of the strategy with the sections the seeds give each: why it is a priority, the facts (what
/// the challenges are, from the assessment), what we will do (by strand: prevention, early identification, supportive
/// intervention, enforcement), what we want to achieve, how we will measure our impact, and the key delivery groups.
/// </summary>
/// <param name="Number">The theme's number, which its action plan refs start with (theme 1: refs 1.1, 1.2, ...).</param>
/// <param name="Priorities">The Strategic Assessment priorities the theme brings together.</param>
public sealed record StrategyTheme(int Number, string Title, IReadOnlyList<string> Why, IReadOnlyList<string> Facts, IReadOnlyList<string> WhatWeWillDo,
    IReadOnlyList<string> Outcomes, IReadOnlyList<string> Measures, IReadOnlyList<string> DeliveryGroups, IReadOnlyList<string> Priorities);
