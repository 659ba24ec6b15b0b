using System.Globalization;
using Csp.Core.Assessment;

namespace Csp.Core.Priorities;

/// <summary>
/// Scores each crime type (and ASB) on the seeds' criteria and ranks them. Measured criteria are scaled against the
/// largest among the candidates: volume by share of the area's recorded crime and ASB, harm by share of harm-weighted
/// crime, trend by % change (rises score, falls score nothing; a change that is not significant counts half). Entered
/// criteria are 0 to 5 scaled to 0 to 1; not entered counts 0 and says so. Score = weighted mean x 100.
/// </summary>
public static class PriorityScoring
{
    public const int Recommended = 5;

    public static IReadOnlyList<PriorityScore> Score(IReadOnlyList<AssessmentRow> rows, PriorityJudgements judgements)
    {
        var candidates = rows.Where(r => !r.IsGroup).ToList();
        if (candidates.Count == 0) return [];
        var volumeTotal = (double)Math.Max(1, candidates.Sum(r => r.Count));
        var harmTotal = Math.Max(1e-9, candidates.Sum(r => r.Harm));
        var maxVolume = candidates.Max(r => r.Count / volumeTotal);
        var maxHarm = candidates.Max(r => r.Harm / harmTotal);
        double TrendValue(AssessmentRow r) => Math.Max(0, r.PercentChange ?? 0) * (r.Significant ? 1 : 0.5);
        var maxTrend = candidates.Max(TrendValue);
        var culture = CultureInfo.GetCultureInfo("en-GB");

        var scored = candidates.Select(r =>
        {
            var criteria = new List<CriterionScore>
            {
                new(nameof(PriorityCriterion.Volume), true, 100 * r.Count / volumeTotal, maxVolume > 0 ? r.Count / volumeTotal / maxVolume : 0, judgements.Weight(PriorityCriterion.Volume)),
                new(nameof(PriorityCriterion.Harm), true, 100 * r.Harm / harmTotal, maxHarm > 0 ? r.Harm / harmTotal / maxHarm : 0, judgements.Weight(PriorityCriterion.Harm)),
                new(nameof(PriorityCriterion.Trend), true, r.PercentChange, maxTrend > 0 ? TrendValue(r) / maxTrend : 0, judgements.Weight(PriorityCriterion.Trend)),
            };
            foreach (var c in new[] { PriorityCriterion.CommunityConcern, PriorityCriterion.PartnershipAddedValue, PriorityCriterion.ControlStrategy, PriorityCriterion.HorizonScanning })
            {
                var entered = judgements.Entered(r.Category, c);
                criteria.Add(new CriterionScore(c.ToString(), false, entered, (entered ?? 0) / 5.0, judgements.Weight(c)));
            }
            var weightSum = criteria.Sum(c => c.Weight);
            var score = weightSum > 0 ? 100 * criteria.Sum(c => c.Score * c.Weight) / weightSum : 0;
            return (Row: r, Score: score, Criteria: criteria);
        })
        .OrderByDescending(s => s.Score).ThenBy(s => s.Row.Category, StringComparer.Ordinal)
        .ToList();

        return scored.Select((s, i) => new PriorityScore(s.Row.Category, i + 1, Math.Round(s.Score, 1), i < Recommended, s.Criteria, Explain(s.Row, s.Criteria, culture))).ToList();
    }

    private static string Explain(AssessmentRow row, List<CriterionScore> criteria, CultureInfo culture)
    {
        var parts = new List<string>
        {
            string.Create(culture, $"{criteria[0].Value:0.0}% of recorded crime and ASB"),
            string.Create(culture, $"{criteria[1].Value:0.0}% of harm"),
            row.PercentChange is { } change
                ? string.Create(culture, $"{(change >= 0 ? "up" : "down")} {Math.Abs(change):0.0}% ({(row.Significant ? "significant" : "within normal variation")})")
                : "no baseline to compare",
        };
        var entered = criteria.Skip(3).Where(c => c.Value is not null).Select(c => string.Create(culture, $"{Words(c.Criterion)} {c.Value:0.#}/5")).ToList();
        parts.Add(entered.Count > 0 ? string.Join(", ", entered) : "judgement criteria not yet entered");
        return string.Join("; ", parts);
    }

    private static string Words(string criterion) => criterion switch
    {
        nameof(PriorityCriterion.CommunityConcern) => "community concern",
        nameof(PriorityCriterion.PartnershipAddedValue) => "partnership added value",
        nameof(PriorityCriterion.ControlStrategy) => "police control strategy",
        nameof(PriorityCriterion.HorizonScanning) => "horizon scanning",
        _ => criterion,
    };
}
