using System.Text;
using Csp.Core.Areas;
using Csp.Core.Consultation;
using Csp.Core.Imports;
using Csp.Ingest.Consultation;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Consultation;

/// <summary>
/// The public consultation (issue 18): survey definitions and responses in (<c>csp import survey</c>, <c>csp import
/// responses</c>, the public form), the seeds' tables out (<c>csp survey results</c>, the analyst's results page), and the
/// community concern a survey gives the priority scoring of its area's assessment. Postcodes are kept apart
/// (<c>survey_postcodes</c>), read by nothing that shows or exports, and deleted after the survey's retention period.
/// </summary>
public sealed partial class Surveys(CspDatabase database, TimeProvider clock, CspHomeFolder home, Reporting.Rendering.ReportRenderers renderers)
{
    public const string FormSource = "form";
    public const string ImportSource = "import";
    public const string ResponsesKind = "survey-responses";

    /// <summary>Today in the UK: the day a survey is open or closed on.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Core.Periods.UkTime.Now(clock));

    /// <summary>Where the population the sample is compared with comes from unless the caller says (the bundled ONS figures).</summary>
    public string DefaultPopulationFolder => Path.Combine(CspHome.SampleData(home.Path), "consultation", "population");

    public async Task<IReadOnlyList<SurveySummary>> ListAsync(CancellationToken cancellationToken)
    {
        // Retention is enforced whenever the surveys are used (the list, every submission and every results read).
        await PurgeExpiredPostcodesAsync(cancellationToken).ConfigureAwait(false);
        await using var db = database.CreateContext();
        var rows = await db.Surveys.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new { s.SurveyKey, s.Title, s.OpensOn, s.ClosesOn, s.AreaCode, s.Demo, s.Draft, Responses = db.SurveyResponses.Count(r => r.SurveyId == s.Id) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new SurveySummary(r.SurveyKey, r.Title, r.Responses, r.OpensOn, r.ClosesOn) { AreaCode = r.AreaCode, Demo = r.Demo, Draft = r.Draft }).ToList();
    }

    /// <summary>The survey as the public form shows it, or null when there is no such survey or it is a draft not yet opened.</summary>
    public async Task<Survey?> GetAsync(string surveyId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = await FindAsync(db, surveyId, cancellationToken).ConfigureAwait(false);
        return row is null || row.Draft ? null : Definition(row);
    }

    private static Task<SurveyRow?> FindAsync(CspDbContext db, string surveyId, CancellationToken cancellationToken) =>
        db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.SurveyKey == surveyId, cancellationToken);

    /// <summary>The stored definition read back (it was valid when stored; a failure now is a damaged database).</summary>
    internal static Survey DefinitionOf(string definition, string surveyKey)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(definition));
        var read = SurveyDefinitionReader.Read(stream, $"survey {surveyKey}");
        return read.Survey ?? throw new InvalidOperationException($"The stored definition of survey '{surveyKey}' cannot be read: {string.Join("; ", read.Issues)}");
    }

    private static Survey Definition(SurveyRow row) => DefinitionOf(row.Definition, row.SurveyKey);

    // Every stored response to a survey (postcodes are not among the answers: they are stored apart).
    private static async Task<List<SurveyResponse>> ResponsesAsync(CspDbContext db, long surveyId, CancellationToken cancellationToken)
    {
        var rows = await (from a in db.SurveyAnswers.AsNoTracking()
                          join r in db.SurveyResponses.AsNoTracking() on a.ResponseId equals r.Id
                          where r.SurveyId == surveyId
                          select new { r.Id, r.ResponseKey, a.QuestionKey, a.Part, a.Value }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var keys = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId).OrderBy(r => r.Id).Select(r => new { r.Id, r.ResponseKey })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var answers = rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<AnswerKey, string>)g.ToDictionary(
            a => new AnswerKey(a.QuestionKey, a.Part.Length == 0 ? null : a.Part), a => a.Value));
        return keys.Select(k => new SurveyResponse(k.ResponseKey, answers.TryGetValue(k.Id, out var given) ? given : new Dictionary<AnswerKey, string>())).ToList();
    }

    /// <summary>Writes a validated response: its answers, and its postcode apart with the day it is deleted.</summary>
    private static void Add(CspDbContext db, SurveyRow survey, Survey definition, SurveyResponseRow row, SurveyResponse response, DateOnly today)
    {
        var postcodeQuestions = definition.Questions.Where(q => q.Kind == QuestionKind.Postcode).Select(q => q.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in response.Answers)
        {
            if (postcodeQuestions.Contains(key.QuestionId))
            {
                db.SurveyPostcodes.Add(new SurveyPostcodeRow { ResponseId = row.Id, Postcode = value, DeleteAfter = today.AddDays(survey.PostcodeRetentionDays) });
                continue;
            }
            db.SurveyAnswers.Add(new SurveyAnswerRow { ResponseId = row.Id, QuestionKey = key.QuestionId, Part = key.Part ?? "", Value = value });
        }
    }

    /// <summary>Deletes the postcodes whose retention period has ended; returns how many.</summary>
    public async Task<int> PurgeExpiredPostcodesAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var today = Today;
        // Looked for first (a read, on the index of delete_after): the purge runs on every submission of the public form, and
        // a DELETE takes SQLite's one writer lock even when it deletes nothing, queueing the residents' submissions behind it.
        if (!await db.SurveyPostcodes.AnyAsync(p => p.DeleteAfter < today, cancellationToken).ConfigureAwait(false)) return 0;
        return await db.SurveyPostcodes.Where(p => p.DeleteAfter < today).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The district codes of an area (the area itself when a district or smaller; its districts when a CSP or county).</summary>
    private static async Task<IReadOnlyList<string>> DistrictsAsync(CspDbContext db, string areaCode, CancellationToken cancellationToken)
    {
        var areas = await db.Areas.AsNoTracking().Select(a => new { a.Code, a.Level, a.ParentCode }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var district = AreaLevel.District.ToString();
        var found = new List<string>();
        var frontier = new List<string> { areaCode };
        var self = areas.FirstOrDefault(a => a.Code == areaCode);
        if (self is null || self.Level == district) return [areaCode];
        while (frontier.Count > 0)
        {
            var children = areas.Where(a => a.ParentCode is not null && frontier.Contains(a.ParentCode)).ToList();
            found.AddRange(children.Where(c => c.Level == district).Select(c => c.Code));
            frontier = children.Where(c => c.Level != district).Select(c => c.Code).ToList();
        }
        return found.Count > 0 ? found : [areaCode];
    }

    private static ImportIssue Issue(string file, string message, long line = 0, string? field = null) => new(file, line, field, message);
}
