using Csp.Core.Statistics;

namespace Csp.Core.Consultation;

/// <summary>The sample against the population on one characteristic, with a chi-square goodness-of-fit test.</summary>
/// <param name="Compared">Respondents in a group (the base of the sample percentages and of the test).</param>
/// <param name="NoAnswer">Respondents who did not answer the question.</param>
/// <param name="NotCompared">Respondents whose option has no population group (e.g. "Prefer not to say").</param>
/// <param name="Test">Null when fewer than two cells remain after pooling (nothing to test).</param>
/// <param name="PooledGroups">Groups whose expected count was under 5, pooled into one cell for the test (Cochran's rule); empty when none.</param>
public sealed record CharacteristicComparison(
    string Characteristic, string QuestionId, string Source, double Compared, double NoAnswer, double NotCompared,
    IReadOnlyList<GroupComparison> Groups, ChiSquareTest? Test, IReadOnlyList<string> PooledGroups, string Summary);
