using System.Globalization;
using Csp.Core.Assessment;
using Csp.Core.Offences;

namespace Csp.Core.Priorities;

/// <summary>
/// Scores each crime type (and ASB) on the seeds' criteria and ranks them (1 = the highest score).
/// <list type="bullet">
/// <item>Volume: the category's count as a share of Total crime in the period (every police.uk type but ASB), the same
/// denominator as the findings' "accounts for X% of all recorded crime". ASB is not a crime and is measured against the
/// same total: its incidents as a percentage of recorded crime.</item>
/// <item>Harm: its harm-weighted count as a share of Total crime's harm.</item>
/// <item>Trend: a rise on its own scale, not against the largest: +X% scores X (a doubling or more scores 100), in full
/// when significant and half when not, so that a small category's chance rise is not made the top trend; a fall counts
/// nothing. A rise in a category found by police activity (drugs, possession of weapons) is not counted, and the reason
/// says so.</item>
/// <item>Judgements (community concern, partnership added value, control strategy, horizon scanning): entered 0 to 5.
/// A judgement nobody has entered for any category is left out of every score (said once, <see cref="Unentered"/>);
/// one entered for some categories counts 0 for the others, and their reasons say it was not entered.</item>
/// </list>
/// Volume and harm score 0 to 100 against the largest candidate, judgements 0 to 5 as 0 to 100; the score is their weighted mean, so 100 means the
/// highest of all candidates on every criterion in use. A category is recommended when it scores at least
/// <see cref="RecommendationThreshold"/>.
/// </summary>
internal static class PriorityScoring
{
    /// <summary>The lowest score (inclusive, of 100) that is recommended: two fifths of the way to the top on every criterion in use.</summary>
    public const double RecommendationThreshold = 40;

    private static readonly PriorityCriterion[] Judged =
        [PriorityCriterion.CommunityConcern, PriorityCriterion.PartnershipAddedValue, PriorityCriterion.ControlStrategy, PriorityCriterion.HorizonScanning];

    public static IReadOnlyList<PriorityScore> Score(IReadOnlyList<AssessmentRow> rows, PriorityJudgements judgements)
    {
        var candidates = rows.Where(r => !r.IsGroup).ToList();
        if (candidates.Count == 0) return [];
        var total = rows.FirstOrDefault(r => r.IsGroup && r.Category == OffenceScheme.TotalCrime);
        var crimes = candidates.Where(r => r.Category != PoliceUkCrimeTypes.AntiSocialBehaviour).ToList();
        var volumeTotal = (double)Math.Max(1, total?.Count ?? crimes.Sum(r => r.Count));
        var harmTotal = Math.Max(1e-9, total?.Harm ?? crimes.Sum(r => r.Harm));
        var maxVolume = candidates.Max(r => r.Count / volumeTotal);
        var maxHarm = candidates.Max(r => r.Harm / harmTotal);
        // 0 to 1: the rise as a fraction of a doubling (capped), halved when not significant.
        double TrendValue(AssessmentRow r) => r.Description.ReflectsPoliceActivity ? 0 : Math.Min(1, Math.Max(0, r.PercentChange ?? 0) / 100) * (r.Significant == true ? 1 : 0.5);
        var inUse = Judged.Where(judgements.AnyEntered).ToHashSet();
        var culture = CultureInfo.GetCultureInfo("en-GB");

        var scored = candidates.Select(r =>
        {
            var criteria = new List<CriterionScore>
            {
                new(nameof(PriorityCriterion.Volume), true, 100 * r.Count / volumeTotal, maxVolume > 0 ? r.Count / volumeTotal / maxVolume : 0, judgements.Weight(PriorityCriterion.Volume)),
                new(nameof(PriorityCriterion.Harm), true, 100 * r.Harm / harmTotal, maxHarm > 0 ? r.Harm / harmTotal / maxHarm : 0, judgements.Weight(PriorityCriterion.Harm)),
                new(nameof(PriorityCriterion.Trend), true, r.PercentChange, TrendValue(r), judgements.Weight(PriorityCriterion.Trend)),
            };
            foreach (var c in Judged)
            {
                var entered = judgements.Entered(r.Category, c);
                criteria.Add(new CriterionScore(c.ToString(), false, entered, (entered ?? 0) / 5.0, inUse.Contains(c) ? judgements.Weight(c) : 0));
            }
            var weightSum = criteria.Sum(c => c.Weight);
            var score = weightSum > 0 ? 100 * criteria.Sum(c => c.Score * c.Weight) / weightSum : 0;
            return (Row: r, Score: Math.Round(score, 1), Criteria: criteria);
        })
        .OrderByDescending(s => s.Score).ThenBy(s => s.Row.Category, StringComparer.Ordinal)
        .ToList();

        return scored.Select((s, i) => new PriorityScore(s.Row.Category, i + 1, s.Score, s.Score >= RecommendationThreshold, s.Criteria,
            Explain(s.Row, s.Criteria, inUse, judgements.IsCurrentPriority(s.Row.Category), culture))
        { CurrentPriority = judgements.IsCurrentPriority(s.Row.Category) }).ToList();
    }

    /// <summary>
    /// The judgements nobody has entered, in one sentence for the notes and the priority table; null when every one was
    /// entered for at least one category.
    /// </summary>
    public static string? Unentered(PriorityJudgements judgements) => Unentered(Judged.Where(c => !judgements.AnyEntered(c)));

    /// <summary>The same sentence from an assessment's scores: the judgements no category has a value for.</summary>
    public static string? UnenteredIn(AssessmentResult result) =>
        result.Priorities.Count == 0 ? null : Unentered(Judged.Where(c => !result.Priorities.Any(p => p.Criteria.Any(x => x.Criterion == c.ToString() && x.Value is not null))));

    private static string? Unentered(IEnumerable<PriorityCriterion> criteria)
    {
        var missing = criteria.Select(c => Words(c.ToString())).ToList();
        if (missing.Count == 0) return null;
        var list = missing.Count == 1 ? missing[0] : string.Join(", ", missing.Take(missing.Count - 1)) + " and " + missing[^1];
        return $"Not yet entered for any category: {list} (data/config/priority-judgements.csv). The scores rest on the criteria that are in use " +
               "until the partnership enters them.";
    }

    /// <summary>The threshold in words, for the notes and the reports.</summary>
    public static string ThresholdRule =>
        string.Create(CultureInfo.GetCultureInfo("en-GB"), $"A category is recommended when it scores {RecommendationThreshold:0} or more of 100 (100 = the highest of all categories on every criterion in use).");

    private static string Explain(AssessmentRow row, List<CriterionScore> criteria, IReadOnlySet<PriorityCriterion> inUse, bool current, CultureInfo culture)
    {
        var asb = row.Category == PoliceUkCrimeTypes.AntiSocialBehaviour;
        var parts = new List<string>
        {
            asb
                ? string.Create(culture, $"{row.Count:N0} incidents, as many as {criteria[0].Value:0.0}% of recorded crime")
                : string.Create(culture, $"{criteria[0].Value:0.0}% of recorded crime"),
            string.Create(culture, $"{criteria[1].Value:0.0}% of harm"),
        };
        if (row.PercentChange is { } change)
        {
            var trend = string.Create(culture, $"{(change >= 0 ? "up" : "down")} {Math.Abs(change):0.0}% ({(row.Significant == true ? "significant" : "within normal variation")})");
            if (change > 0 && row.Description.ReflectsPoliceActivity) trend += $", not counted: {row.Description.InSentence} {(row.Description.Plural ? "rise and fall" : "rises and falls")} with police activity";
            parts.Add(trend);
        }
        else
        {
            parts.Add("no baseline to compare");
        }
        foreach (var c in criteria.Skip(3).Where(c => inUse.Contains(Enum.Parse<PriorityCriterion>(c.Criterion))))
        {
            parts.Add(c.Value is { } v ? string.Create(culture, $"{Words(c.Criterion)} {v:0.#}/5") : $"{Words(c.Criterion)} not entered");
        }
        if (current) parts.Add("a current priority of the partnership");
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
