namespace Csp.Core.Strategy;

/// <summary>
/// The Community Safety Strategy: a period ("2016-19"), refreshed each year with that year's assessment ("2017 Refresh"),
/// the Strategic Assessment priorities it addresses, the principles that cut across it (the HIPE model), and its themes.
/// </summary>
/// <param name="Refresh">The year of the refresh this version is (a new version each year).</param>
/// <param name="Source">Where its text was transcribed from, or null.</param>
public sealed record CommunitySafetyStrategy(string Title, string Period, int Refresh, IReadOnlyList<string> Priorities, IReadOnlyList<string> CrossCutting,
    IReadOnlyList<StrategyTheme> Themes, string? Source);
