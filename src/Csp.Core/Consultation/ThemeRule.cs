namespace Csp.Core.Consultation;

/// <summary>A theme and the keywords that put a comment in it.</summary>
/// <param name="Keywords">Each matches at the start of a word, case aside ("park" matches "parking" and "car park", not "spark"); a phrase ("dog foul") matches its words in order, the earlier ones whole, the last at the start of a word ("dog fouling").</param>
public sealed record ThemeRule(string Theme, IReadOnlyList<string> Keywords);
