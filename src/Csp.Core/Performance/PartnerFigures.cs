namespace Csp.Core.Performance;

/// <summary>
/// What partners hold for a Strategic Assessment's area and period, gathered by the caller: every figure returned for the
/// rows' areas, and the domestic abuse measures worked out by the performance engine over the assessment's own period and
/// baseline (returned, or counted from incident records with pseudonymised victim keys; a share of a few victims already
/// withheld for a public report by <see cref="ShareSuppression"/>).
/// </summary>
/// <param name="Areas">The rows of the tables in order, code and label: the districts of the partnership, the partnership,
/// the force area, and the wider areas returns name ("KCC Area").</param>
/// <param name="DomesticAbuse">The domestic abuse measures for each of <paramref name="Areas"/> that has any, in the same order.</param>
/// <param name="Notes">Caveats of the counting to say under the domestic abuse table (demonstration incidents, a short look-back).</param>
public sealed record PartnerFigures(
    IReadOnlyList<ReturnValue> Values,
    IReadOnlyList<(string Code, string Label)> Areas,
    IReadOnlyList<PerformanceResult> DomesticAbuse,
    IReadOnlyList<string> Notes);
