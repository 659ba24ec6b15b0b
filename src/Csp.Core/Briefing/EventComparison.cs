namespace Csp.Core.Briefing;

/// <summary>
/// Incidents on the days of one occurrence of a dated event against the same days of the week in other weeks.
/// </summary>
/// <param name="From">First day of the occurrence counted (included; cut to the profile's period).</param>
/// <param name="To">Last day counted (included).</param>
/// <param name="Observed">Incidents on those days (timed or not).</param>
/// <param name="Expected">The mean count over the comparison runs of days; null when fewer than two were available.</param>
/// <param name="ComparisonRuns">How many runs of the same days shifted by whole weeks were compared (inside the period and clear of every listed event).</param>
/// <param name="Ratio">Observed / Expected; null when Expected is null or 0.</param>
/// <param name="PValue">P(X ≥ Observed) for X ~ Poisson(Expected): one-sided, treating Expected as known (so slightly too small).</param>
public sealed record EventComparison(
    string Event,
    DateOnly From,
    DateOnly To,
    int Observed,
    double? Expected,
    int ComparisonRuns,
    double? Ratio,
    double? PValue);
