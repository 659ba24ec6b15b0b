using System.Security.Cryptography;
using System.Text;
using Csp.Core.Consultation;
using Csp.Core.Imports;
using Csp.Ingest.Configuration;
using Csp.Ingest.Consultation;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Consultation;

public sealed partial class Surveys
{
    /// <summary>
    /// Imports (or updates) a survey definition with its theme lists and concern mapping, in one transaction. The same
    /// definition again is Unchanged. A survey that has responses may change its title, dates, introduction and hints but
    /// not its questions (the answers held would no longer mean what they meant): that is refused with the reason.
    /// </summary>
    public async Task<SurveyImportOutcome> ImportSurveyAsync(SurveyDefinitionFiles files, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var name = Path.GetFileName(files.Definition);
        var issues = new List<ImportIssue>();
        var warnings = new List<ImportIssue>();
        SurveyImportOutcome Rejected() => new(name, null, FileOutcome.Rejected, issues, warnings);
        if (!File.Exists(files.Definition))
        {
            issues.Add(Issue(name, "no such file."));
            return Rejected();
        }
        var bytes = await File.ReadAllBytesAsync(files.Definition, cancellationToken).ConfigureAwait(false);
        var read = SurveyDefinitionReader.Read(new MemoryStream(bytes), name);
        if (read.Survey is not { } survey)
        {
            issues.AddRange(read.Issues);
            return Rejected();
        }
        if (files.PostcodeRetentionDays is < 1 or > 3650) issues.Add(Issue(name, "the postcode retention period must be 1 to 3,650 days.", field: "retention"));

        var themes = new List<(string QuestionId, ThemeList List)>();
        foreach (var (questionId, path) in files.Themes ?? [])
        {
            var file = Path.GetFileName(path);
            var question = survey.Question(questionId);
            if (question is null || !(question.Kind == QuestionKind.FreeText || question.AllowOther))
            {
                issues.Add(Issue(file, $"'{questionId}' is not a free-text question (or a single choice with \"other, please say\") of the survey: {string.Join(", ", survey.Questions.Where(q => q.Kind == QuestionKind.FreeText || q.AllowOther).Select(q => q.Id))}.", field: "question"));
                continue;
            }
            if (!File.Exists(path))
            {
                issues.Add(Issue(file, "no such file."));
                continue;
            }
            var themeIssues = new List<ImportIssue>();
            var list = ThemeList.Parse(ConfigurationCsv.Read(path, themeIssues), file, themeIssues);
            if (list.Rules.Count == 0) issues.AddRange(themeIssues);
            else warnings.AddRange(themeIssues);
            themes.Add((question.Id, list));
        }

        var concernQuestion = files.ConcernQuestion is null ? DefaultConcernQuestion(survey) : survey.Question(files.ConcernQuestion);
        if (files.ConcernQuestion is not null && (concernQuestion is null || concernQuestion.Kind is not (QuestionKind.PriorityGrid or QuestionKind.ProblemScale or QuestionKind.RankedChoice or QuestionKind.SingleChoice)))
        {
            issues.Add(Issue(name, $"'{files.ConcernQuestion}' is not a priority grid, problem scale, ranked or single choice question of the survey, so it cannot give community concern.", field: "concern-question"));
        }
        ConcernMapping? mapping = null;
        if (files.ConcernMapping is { } mappingPath)
        {
            var file = Path.GetFileName(mappingPath);
            if (!File.Exists(mappingPath)) issues.Add(Issue(file, "no such file."));
            else if (concernQuestion is null) issues.Add(Issue(file, "the survey has no question that can give community concern (a priority grid, problem scale, ranked or single choice)."));
            else
            {
                var mappingIssues = new List<ImportIssue>();
                mapping = ConcernMapping.Parse(await File.ReadAllLinesAsync(mappingPath, cancellationToken).ConfigureAwait(false), file, mappingIssues);
                issues.AddRange(mappingIssues);
                var known = concernQuestion.IsGrid ? concernQuestion.Items : concernQuestion.Choices;
                for (var i = 0; i < mapping.Pairs.Count; i++)
                {
                    if (OptionText.IndexOf(known, mapping.Pairs[i].Issue) < 0)
                    {
                        issues.Add(Issue(file, $"'{mapping.Pairs[i].Issue}' is not an issue of question '{concernQuestion.Id}' ({string.Join("; ", known)}).", i + 2, "Issue"));
                    }
                }
            }
        }

        await using var db = database.CreateContext();
        string? areaCode = null;
        if (files.Area is { Length: > 0 } area)
        {
            areaCode = await db.Areas.AsNoTracking().Where(a => a.Code == area || a.Name == area).OrderBy(a => a.Level == "CommunitySafetyPartnership" ? 0 : 1).Select(a => a.Code)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (areaCode is null) issues.Add(Issue(name, $"there is no area '{area}' (import the geography lookups first, or give an ONS code such as E22000352).", field: "area"));
        }
        if (issues.Count > 0) return Rejected();

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var row = await db.Surveys.FirstOrDefaultAsync(s => s.SurveyKey == survey.Id, cancellationToken).ConfigureAwait(false);
            FileOutcome outcome;
            if (row is null)
            {
                row = new SurveyRow
                {
                    SurveyKey = survey.Id, Title = survey.Title, Definition = Encoding.UTF8.GetString(bytes), DefinitionSha256 = sha,
                    CreatedAt = clock.GetUtcNow(), CreatedBy = actor.UserName,
                };
                db.Surveys.Add(row);
                outcome = FileOutcome.Added;
            }
            else if (row.DefinitionSha256 == sha) outcome = FileOutcome.Unchanged;
            else
            {
                var responses = await db.SurveyResponses.CountAsync(r => r.SurveyId == row.Id, cancellationToken).ConfigureAwait(false);
                if (responses > 0 && QuestionsChanged(Definition(row), survey) is { } change)
                {
                    issues.Add(Issue(name, $"survey '{survey.Id}' already has {responses} responses, so its questions cannot change ({change}); import it under a new id."));
                    return Rejected();
                }
                outcome = FileOutcome.Replaced;
            }
            row.Title = survey.Title;
            row.OpensOn = survey.Opens;
            row.ClosesOn = survey.Closes;
            row.Definition = Encoding.UTF8.GetString(bytes);
            row.DefinitionSha256 = sha;
            if (areaCode is not null) row.AreaCode = areaCode;
            if (files.PostcodeRetentionDays is { } days) row.PostcodeRetentionDays = days;
            row.ConcernQuestion = concernQuestion?.Id;
            row.Demo = files.Demo;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

            await db.SurveyQuestions.Where(q => q.SurveyId == row.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < survey.Questions.Count; i++)
            {
                var q = survey.Questions[i];
                db.SurveyQuestions.Add(new SurveyQuestionRow { SurveyId = row.Id, Position = i + 1, QuestionKey = q.Id, Kind = q.Kind.ToString(), Text = q.Text, Required = q.Required });
            }
            foreach (var (questionId, list) in themes)
            {
                await db.SurveyThemes.Where(t => t.SurveyId == row.Id && t.QuestionKey == questionId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < list.Rules.Count; i++)
                {
                    db.SurveyThemes.Add(new SurveyThemeRow { SurveyId = row.Id, QuestionKey = questionId, Position = i + 1, Theme = list.Rules[i].Theme, Keywords = string.Join("; ", list.Rules[i].Keywords) });
                }
            }
            if (mapping is not null)
            {
                await db.SurveyConcernMappings.Where(m => m.SurveyId == row.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < mapping.Pairs.Count; i++)
                {
                    db.SurveyConcernMappings.Add(new SurveyConcernMappingRow { SurveyId = row.Id, Position = i + 1, Issue = mapping.Pairs[i].Issue, Category = mapping.Pairs[i].Category });
                }
            }
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new SurveyImportOutcome(name, survey.Id, outcome, issues, warnings);
        }).ConfigureAwait(false);
    }

    /// <summary>The question that gives community concern unless the analyst names one: the first priority grid, else ranked choice, else single choice.</summary>
    private static SurveyQuestion? DefaultConcernQuestion(Survey survey) =>
        survey.Questions.FirstOrDefault(q => q.Kind == QuestionKind.PriorityGrid)
        ?? survey.Questions.FirstOrDefault(q => q.Kind == QuestionKind.RankedChoice)
        ?? survey.Questions.FirstOrDefault(q => q.Kind == QuestionKind.SingleChoice);

    /// <summary>What differs in the answer slots of two versions of a survey, or null when they hold the same answers.</summary>
    private static string? QuestionsChanged(Survey before, Survey after)
    {
        foreach (var q in before.Questions)
        {
            var now = after.Question(q.Id);
            if (now is null) return $"question '{q.Id}' is gone";
            if (now.Kind != q.Kind) return $"question '{q.Id}' is now {now.Kind}";
            if (!now.Choices.SequenceEqual(q.Choices, StringComparer.Ordinal)) return $"the options of '{q.Id}' differ";
            if (!now.Items.SequenceEqual(q.Items, StringComparer.Ordinal)) return $"the issues of '{q.Id}' differ";
            if (now.Ranks != q.Ranks && q.Kind == QuestionKind.RankedChoice) return $"'{q.Id}' asks for a different number of choices";
        }
        return null;
    }

    /// <summary>
    /// Imports one export of responses (CSV from SmartSurvey, Microsoft Forms, Citizen Space or this product) into a
    /// survey, in one transaction. Idempotent twice over: the same file again is Unchanged, and a response whose key (the
    /// tool's response id, or the row's hash) is already held is counted as a duplicate. A bad row is left out and kept
    /// in <c>survey_quarantined_rows</c> with its line, column and text; the good rows of the file still land.
    /// </summary>
    /// <param name="mappingFile">A CSV <c>Column,Question,Part,Option</c> naming what each column holds; null: inferred from the header.</param>
    /// <param name="twoHeaderRows">SmartSurvey's export with the question over its columns and the option or item below.</param>
    public async Task<FileImportReport> ImportResponsesAsync(string surveyId, string path, string? mappingFile, bool twoHeaderRows, Actor actor, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        var units = new[] { $"survey {surveyId}" };
        FileImportReport Rejected(params ImportIssue[] issues) => new(name, ResponsesKind, FileOutcome.Rejected, 0, 0, 0, 0, 0, 0, units, issues);
        if (!File.Exists(path)) return Rejected(Issue(name, "no such file."));
        await using var db = database.CreateContext();
        var row = await FindAsync(db, surveyId, cancellationToken).ConfigureAwait(false);
        if (row is null) return Rejected(Issue(name, $"there is no survey '{surveyId}' (./csp survey list; ./csp import survey DEFINITION.json adds one).", field: "survey"));
        var survey = Definition(row);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var seen = await db.SurveyImportFiles.AsNoTracking().FirstOrDefaultAsync(f => f.SurveyId == row.Id && f.Sha256 == sha, cancellationToken).ConfigureAwait(false);
        if (seen is not null) return new FileImportReport(name, ResponsesKind, FileOutcome.Unchanged, seen.RowsRead, 0, seen.RowsRead, 0, 0, 0, units, []);

        ResponseCsvMapping? mapping = null;
        if (mappingFile is not null)
        {
            var mappingName = Path.GetFileName(mappingFile);
            if (!File.Exists(mappingFile)) return Rejected(Issue(mappingName, "no such file."));
            var mappingIssues = new List<ImportIssue>();
            var rows = ConfigurationCsv.Read(mappingFile, mappingIssues).Select(r => r.Cells.ToArray()).ToList();
            mapping = ResponseCsvMapping.Parse(rows, survey, mappingName, mappingIssues);
            if (mappingIssues.Count > 0) return Rejected([.. mappingIssues]);
        }
        var import = SurveyResponseCsvReader.Read(new MemoryStream(bytes), name, survey, mapping, twoHeaderRows ? ExportStyle.TwoHeaderRows : ExportStyle.OneHeaderRow);
        if (import.Rows == 0 || import.Mapping.Bindings.Count == 0)
        {
            return Rejected([.. import.Issues, .. import.Rows == 0 && import.Issues.Count == 0 ? [Issue(name, "the file has a header but no responses.")] : Array.Empty<ImportIssue>()]);
        }

        var today = Today;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var held = (await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == row.Id).Select(r => r.ResponseKey).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToHashSet(StringComparer.Ordinal);
            var fresh = import.Responses.Where(r => !held.Contains(r.Id)).ToList();
            var quarantined = import.Rows - import.Responses.Count - import.Duplicates;
            var file = new SurveyImportFileRow
            {
                SurveyId = row.Id, Name = name, Sha256 = sha, ImportedAt = clock.GetUtcNow(), RowsRead = import.Rows, RowsAdded = fresh.Count,
                RowsDuplicate = import.Duplicates + (import.Responses.Count - fresh.Count), RowsQuarantined = quarantined,
            };
            db.SurveyImportFiles.Add(file);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            foreach (var issue in import.Issues)
            {
                db.SurveyQuarantinedRows.Add(new SurveyQuarantinedRow { FileId = file.Id, Line = (int)issue.Line, Field = issue.Field, Reason = issue.Message, Raw = issue.Raw });
            }
            var responseRows = fresh.Select(r => new SurveyResponseRow { SurveyId = row.Id, ResponseKey = r.Id, Source = ImportSource, ImportFileId = file.Id, ReceivedAt = clock.GetUtcNow() }).ToList();
            db.SurveyResponses.AddRange(responseRows);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < fresh.Count; i++) Add(db, row, survey, responseRows[i], fresh[i], today);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new FileImportReport(name, ResponsesKind, FileOutcome.Added, import.Rows, fresh.Count, file.RowsDuplicate, quarantined, 0, 0, units, import.Issues);
        }).ConfigureAwait(false);
    }
}
