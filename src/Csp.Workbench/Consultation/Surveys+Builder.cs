using System.Security.Cryptography;
using System.Text;
using Csp.Core.Consultation;
using Csp.Ingest.Consultation;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Consultation;

public sealed partial class Surveys
{
    /// <summary>A survey for the builder (drafts included), or null when there is no such survey.</summary>
    public async Task<SurveyEditing?> EditingAsync(string surveyId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = await FindAsync(db, surveyId, cancellationToken).ConfigureAwait(false);
        if (row is null) return null;
        var responses = await db.SurveyResponses.CountAsync(r => r.SurveyId == row.Id, cancellationToken).ConfigureAwait(false);
        return new SurveyEditing(Definition(row), row.Draft, responses, row.AreaCode);
    }

    /// <summary>
    /// Saves a survey from the builder: a new one as a draft (the public form shows it only once opened), an existing one
    /// with its new definition. The definition is checked as an imported one is (<see cref="Survey.Problems"/>), and a
    /// survey that has responses keeps its questions, as <see cref="ImportSurveyAsync"/> insists: its title, dates,
    /// introduction and hints may change. Audited (<see cref="AuditActions.SurveyChanged"/>).
    /// </summary>
    public async Task<SurveyChange> SaveAsync(SurveyDraft draft, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        var survey = new Survey(draft.Id.Trim(), draft.Title.Trim(), draft.Opens, draft.Closes, draft.Questions)
        {
            Introduction = string.IsNullOrWhiteSpace(draft.Introduction) ? null : draft.Introduction.Trim(),
        };
        var problems = survey.Problems().ToList();
        if (!System.Text.RegularExpressions.Regex.IsMatch(survey.Id, "^[A-Za-z0-9_-]{1,64}$")) problems.Add("the survey's id is letters, digits, '-' or '_' (up to 64), e.g. csp-2026.");
        await using var db = database.CreateContext();
        string? areaCode = null;
        if (!string.IsNullOrWhiteSpace(draft.Area))
        {
            var area = draft.Area.Trim();
            areaCode = await db.Areas.AsNoTracking().Where(a => a.Code == area || a.Name == area).OrderBy(a => a.Level == "CommunitySafetyPartnership" ? 0 : 1).Select(a => a.Code)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (areaCode is null) problems.Add($"there is no area '{area}' (an ONS code such as E22000352, or a name).");
        }
        if (problems.Count > 0) return new SurveyChange(false, problems);

        var json = SurveyDefinitionWriter.Write(survey);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var row = await db.Surveys.FirstOrDefaultAsync(s => s.SurveyKey == survey.Id, cancellationToken).ConfigureAwait(false);
        string what;
        if (row is null)
        {
            row = new SurveyRow { SurveyKey = survey.Id, Title = survey.Title, Definition = json, DefinitionSha256 = sha, CreatedAt = clock.GetUtcNow(), CreatedBy = actor.UserName, Draft = true };
            db.Surveys.Add(row);
            what = "created as a draft";
        }
        else
        {
            var responses = await db.SurveyResponses.CountAsync(r => r.SurveyId == row.Id, cancellationToken).ConfigureAwait(false);
            if (responses > 0 && QuestionsChanged(Definition(row), survey) is { } change)
            {
                return SurveyChange.Refused($"survey '{survey.Id}' already has {responses} responses, so its questions cannot change ({change}); make a new survey instead.");
            }
            what = row.Draft ? "draft edited" : "edited";
        }
        row.Title = survey.Title;
        row.OpensOn = survey.Opens;
        row.ClosesOn = survey.Closes;
        row.Definition = json;
        row.DefinitionSha256 = sha;
        row.AreaCode = areaCode ?? row.AreaCode;
        row.ConcernQuestion = row.ConcernQuestion is { } kept && survey.Question(kept) is not null ? kept : DefaultConcernQuestion(survey)?.Id;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await db.SurveyQuestions.Where(q => q.SurveyId == row.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < survey.Questions.Count; i++)
            {
                var q = survey.Questions[i];
                db.SurveyQuestions.Add(new SurveyQuestionRow { SurveyId = row.Id, Position = i + 1, QuestionKey = q.Id, Kind = q.Kind.ToString(), Text = q.Text, Required = q.Required });
            }
            db.AuditLog.Add(new AuditEntryRow
            {
                At = clock.GetUtcNow(), UserName = actor.UserName, Address = actor.Address, Action = AuditActions.SurveyChanged, Target = survey.Id,
                Detail = $"{what}: {survey.Questions.Count} questions, open {survey.Opens:yyyy-MM-dd} to {survey.Closes:yyyy-MM-dd}",
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return new SurveyChange(true, []);
    }

    /// <summary>Opens a draft: from now the public form shows it between its dates and takes responses. Audited.</summary>
    public async Task<SurveyChange> OpenAsync(string surveyId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = database.CreateContext();
        var row = await db.Surveys.FirstOrDefaultAsync(s => s.SurveyKey == surveyId, cancellationToken).ConfigureAwait(false);
        if (row is null) return SurveyChange.Refused($"there is no survey '{surveyId}'.");
        if (!row.Draft) return SurveyChange.Refused($"survey '{surveyId}' is already open.");
        if (row.ClosesOn < Today) return SurveyChange.Refused($"survey '{surveyId}' closes on {row.ClosesOn:yyyy-MM-dd}, before today: change its dates first.");
        row.Draft = false;
        db.AuditLog.Add(new AuditEntryRow
        {
            At = clock.GetUtcNow(), UserName = actor.UserName, Address = actor.Address, Action = AuditActions.SurveyChanged, Target = row.SurveyKey,
            Detail = $"opened: the public form takes responses {row.OpensOn:yyyy-MM-dd} to {row.ClosesOn:yyyy-MM-dd}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new SurveyChange(true, []);
    }
}
