using Csp.Core.Consultation;
using Csp.Core.Imports;
using Csp.Ingest.Consultation;
using Csp.Storage;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Consultation;

public sealed partial class Surveys
{
    /// <summary>
    /// A survey's results from every response held: each question's table, the free-text themes, the sample against the
    /// population of the survey's area (its districts) with raking weights and weighted tables beside the raw ones, and
    /// the community concern per candidate priority. Null when there is no such survey.
    /// </summary>
    /// <param name="populationFolder">Laid out as data/sample/consultation/population; null: <see cref="DefaultPopulationFolder"/>.</param>
    public async Task<SurveyReport?> ResultsAsync(string surveyId, string? populationFolder, CancellationToken cancellationToken)
    {
        await PurgeExpiredPostcodesAsync(cancellationToken).ConfigureAwait(false);
        await using var db = database.CreateContext();
        var row = await FindAsync(db, surveyId, cancellationToken).ConfigureAwait(false);
        if (row is null) return null;
        var survey = Definition(row);
        var responses = await ResponsesAsync(db, row.Id, cancellationToken).ConfigureAwait(false);
        var matrix = ResponseMatrix.Build(survey, responses);

        IReadOnlyList<CharacteristicComparison> comparisons = [];
        RakingResult? weights = null;
        var populationIssues = new List<ImportIssue>();
        SurveyResults results;
        var demographic = survey.Questions.Any(q => q.Kind is QuestionKind.AgeBand or QuestionKind.Sex or QuestionKind.Ethnicity);
        if (row.AreaCode is not null && demographic && responses.Count > 0)
        {
            var folder = populationFolder ?? DefaultPopulationFolder;
            var districts = await DistrictsAsync(db, row.AreaCode, cancellationToken).ConfigureAwait(false);
            var population = SurveyPopulationReader.Read(folder, survey, districts);
            populationIssues.AddRange(population.Issues);
            if (population.Specs.Count > 0)
            {
                comparisons = Representativeness.Compare(matrix, population.Specs);
                weights = Representativeness.Weights(matrix, population.Specs);
                results = SurveyTabulator.Tabulate(matrix, weights.Weights, Representativeness.WeightingNote(population.Specs, weights, matrix.Count));
            }
            else results = SurveyTabulator.Tabulate(matrix);
        }
        else
        {
            if (demographic && row.AreaCode is null) populationIssues.Add(Issue($"survey {row.SurveyKey}", "the survey has no area, so its sample cannot be compared with a population (./csp import survey FILE --area CODE)."));
            results = SurveyTabulator.Tabulate(matrix);
        }

        var themed = new List<ThemedQuestion>();
        var themeRows = await db.SurveyThemes.AsNoTracking().Where(t => t.SurveyId == row.Id).OrderBy(t => t.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        var reassigned = await db.SurveyThemeAssignments.AsNoTracking().Where(t => t.SurveyId == row.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var question in survey.Questions.Where(q => q.Kind == QuestionKind.FreeText || q.AllowOther))
        {
            var rules = themeRows.Where(t => t.QuestionKey == question.Id)
                .Select(t => new ThemeRule(t.Theme, t.Keywords.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))).ToList();
            var given = reassigned.Where(r => r.QuestionKey == question.Id).ToDictionary(r => r.ResponseKey,
                r => (IReadOnlyList<string>)r.Themes.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
            themed.Add(new ThemedQuestion(question.Id, question.Text, ThemeCoder.Code(FreeTextAnswer.Of(survey, responses, question.Id), new ThemeList(rules), given)));
        }

        var concern = await ConcernAsync(db, row, results, cancellationToken).ConfigureAwait(false);
        var summary = new SurveySummary(row.SurveyKey, row.Title, responses.Count, row.OpensOn, row.ClosesOn) { AreaCode = row.AreaCode, Demo = row.Demo };
        return new SurveyReport(summary, survey, results, themed, comparisons, weights, populationIssues, concern, row.ConcernQuestion);
    }

    private static async Task<IReadOnlyList<CommunityConcernScore>> ConcernAsync(CspDbContext db, Storage.Entities.SurveyRow row, SurveyResults results, CancellationToken cancellationToken)
    {
        if (row.ConcernQuestion is null || results.Responses == 0) return [];
        var pairs = await db.SurveyConcernMappings.AsNoTracking().Where(m => m.SurveyId == row.Id).OrderBy(m => m.Position).Select(m => new { m.Issue, m.Category })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (pairs.Count == 0) return [];
        return CommunityConcern.FromSurvey(results, row.ConcernQuestion, new ConcernMapping(pairs.Select(p => (p.Issue, p.Category)).ToList()));
    }

    /// <summary>
    /// Puts one comment in the themes the analyst chose (replacing what the keywords found; none: in no theme), kept in
    /// <c>survey_theme_assignments</c> and audited (who, which comment, its themes before and after), in one save. Every
    /// other comment is still themed by the keyword rules. Returns false when the survey, question or comment does not exist.
    /// </summary>
    public async Task<bool> ReassignAsync(string surveyId, string questionId, string responseKey, IReadOnlyList<string> themes, Audit.Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(themes);
        await using var db = database.CreateContext();
        var row = await FindAsync(db, surveyId, cancellationToken).ConfigureAwait(false);
        if (row is null || Definition(row).Question(questionId) is not { } question || !(question.Kind == QuestionKind.FreeText || question.AllowOther)) return false;
        var part = question.Kind == QuestionKind.FreeText ? "" : AnswerKey.OtherText;
        var comment = await (from r in db.SurveyResponses.AsNoTracking()
                             join a in db.SurveyAnswers.AsNoTracking() on r.Id equals a.ResponseId
                             where r.SurveyId == row.Id && r.ResponseKey == responseKey && a.QuestionKey == question.Id && a.Part == part
                             select a.Value).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(comment)) return false;
        var existing = await db.SurveyThemeAssignments.FirstOrDefaultAsync(a => a.SurveyId == row.Id && a.QuestionKey == question.Id && a.ResponseKey == responseKey, cancellationToken).ConfigureAwait(false);
        var rules = await db.SurveyThemes.AsNoTracking().Where(t => t.SurveyId == row.Id && t.QuestionKey == question.Id).OrderBy(t => t.Position)
            .Select(t => new { t.Theme, t.Keywords }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var given = existing is null ? null : new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [responseKey] = Themes(existing.Themes) };
        var was = ThemeCoder.Code([new FreeTextAnswer(responseKey, comment)], new ThemeList(rules.Select(t => new ThemeRule(t.Theme, Themes(t.Keywords))).ToList()), given)
            .Assignments[0].Themes;
        var chosen = themes.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var text = string.Join("; ", chosen);
        if (existing is null)
        {
            db.SurveyThemeAssignments.Add(new Storage.Entities.SurveyThemeAssignmentRow
            {
                SurveyId = row.Id, QuestionKey = question.Id, ResponseKey = responseKey, Themes = text, AssignedBy = actor.UserName, AssignedAt = clock.GetUtcNow(),
            });
        }
        else
        {
            existing.Themes = text;
            existing.AssignedBy = actor.UserName;
            existing.AssignedAt = clock.GetUtcNow();
        }
        static string Words(IReadOnlyList<string> list) => list.Count == 0 ? "(no theme)" : string.Join("; ", list);
        db.AuditLog.Add(new Storage.Entities.AuditEntryRow
        {
            At = clock.GetUtcNow(), UserName = actor.UserName, Address = actor.Address, Action = Audit.AuditActions.SurveyThemeReassigned,
            Target = $"{row.SurveyKey}/{question.Id}/{responseKey}", Detail = $"{Words(was)} -> {Words(chosen)}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static IReadOnlyList<string> Themes(string list) => list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
