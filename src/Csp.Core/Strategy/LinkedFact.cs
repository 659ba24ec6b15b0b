namespace Csp.Core.Strategy;

/// <summary>
/// A linked fact as the data gives it now: the sentence the strategy prints, the figure on its own (a % change, a count, a
/// rate per 1,000 residents or a rank) for comparing versions, and the figure as printed ("-20.9%", "6,643", "5th highest of
/// 13"). When the data cannot give the figure (months missing) <see cref="Figure"/> is null and the sentence says why.
/// </summary>
public sealed record LinkedFact(long Id, int Theme, FactLink Link, string Sentence, double? Figure, string FigureText);
