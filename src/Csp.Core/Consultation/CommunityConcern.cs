using Csp.Core.Priorities;

namespace Csp.Core.Consultation;

/// <summary>Community concern for priority scoring, from a survey's tables, replacing the hand-entered number.</summary>
public static class CommunityConcern
{
    /// <summary>Scores every mapped category from one question's tables (raw or weighted, as given).</summary>
    public static IReadOnlyList<CommunityConcernScore> FromSurvey(SurveyResults results, string questionId, ConcernMapping mapping, bool weighted = false)
    {
        var tables = (weighted ? results.Weighted : results.Tables).Where(t => string.Equals(t.QuestionId, questionId, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (tables.Length == 0) throw new ArgumentException($"The results of '{results.SurveyId}' have no {(weighted ? "weighted " : "")}table for question '{questionId}'.", nameof(questionId));
        var kind = tables[0].Kind;
        var shares = new List<(string Issue, double Share, double Answered)>();
        foreach (var table in tables)
        {
            if (table.Answered <= 0) continue;
            if (kind is QuestionKind.PriorityGrid or QuestionKind.ProblemScale)
            {
                var concerned = kind == QuestionKind.PriorityGrid ? 1 : 2;  // High; or A very big problem + A problem
                var count = table.Options.Take(concerned).Sum(o => o.Count);
                shares.Add((table.Item!, 100 * count / table.Answered, table.Answered));
            }
            else
            {
                foreach (var option in table.Options)
                {
                    var first = option.ChoiceCounts.Count > 0 ? option.ChoiceCounts[0] : option.Count;
                    shares.Add((option.Option, 100 * first / table.Answered, table.Answered));
                }
            }
        }
        var measure = kind switch
        {
            QuestionKind.PriorityGrid => "rated High",
            QuestionKind.ProblemScale => "called a very big problem or a problem",
            QuestionKind.RankedChoice => "chosen first",
            _ => "chosen",
        };
        var scores = new Dictionary<string, CommunityConcernScore>(StringComparer.OrdinalIgnoreCase);
        foreach (var (issue, category) in mapping.Pairs)
        {
            var found = shares.FirstOrDefault(s => OptionText.Same(s.Issue, issue));
            if (found.Issue is null) continue;
            var score = new CommunityConcernScore(category, Math.Round(5 * found.Share / 100, 2), found.Share, found.Answered, found.Issue, measure, questionId, results.SurveyId, results.Title);
            if (!scores.TryGetValue(category, out var kept) || score.SharePercent > kept.SharePercent) scores[category] = score;
        }
        return scores.Values.OrderByDescending(s => s.Score).ThenBy(s => s.Category, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The judgements with community concern replaced by the survey's scores (categories the survey does not cover keep what was entered).</summary>
    public static PriorityJudgements Apply(PriorityJudgements judgements, IReadOnlyList<CommunityConcernScore> scores)
    {
        var merged = new Dictionary<string, IReadOnlyDictionary<PriorityCriterion, double>>(judgements.Scores, StringComparer.OrdinalIgnoreCase);
        foreach (var score in scores)
        {
            var row = merged.TryGetValue(score.Category, out var existing) ? new Dictionary<PriorityCriterion, double>(existing) : [];
            row[PriorityCriterion.CommunityConcern] = score.Score;
            merged[score.Category] = row;
        }
        return judgements with { Scores = merged };
    }
}
