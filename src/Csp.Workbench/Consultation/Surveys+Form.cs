using Csp.Core.Consultation;
using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Consultation;

public sealed partial class Surveys
{
    /// <summary>
    /// Stores one submission of the public form, checked as <see cref="ResponseValidator.Validate"/> checks it (the
    /// survey open today, required questions answered, options among those offered). The response is written (and
    /// committed) before this returns, so the thank-you page is never shown for a response that was lost. The
    /// submission id (one per form shown) makes a resend harmless: the second is AlreadyReceived.
    /// </summary>
    public async Task<SubmissionOutcome> SubmitAsync(string surveyId, string submissionId, IReadOnlyDictionary<AnswerKey, string> answers, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(submissionId, "N", out var submission)) return new SubmissionOutcome(SubmissionStatus.Invalid, [new AnswerError(new AnswerKey(""), "The form has expired: open the survey again")]);
        await PurgeExpiredPostcodesAsync(cancellationToken).ConfigureAwait(false);
        await using var db = database.CreateContext();
        var row = await FindAsync(db, surveyId, cancellationToken).ConfigureAwait(false);
        if (row is null || row.Draft) return new SubmissionOutcome(SubmissionStatus.NotFound, []);
        var key = $"form:{submission:N}";
        if (await db.SurveyResponses.AnyAsync(r => r.SurveyId == row.Id && r.ResponseKey == key, cancellationToken).ConfigureAwait(false))
        {
            return new SubmissionOutcome(SubmissionStatus.AlreadyReceived, []);
        }
        var survey = Definition(row);
        var today = Today;
        var validation = ResponseValidator.Validate(survey, key, answers, today);
        if (!validation.IsValid) return new SubmissionOutcome(SubmissionStatus.Invalid, validation.Errors);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var response = new SurveyResponseRow { SurveyId = row.Id, ResponseKey = key, Source = FormSource, ReceivedAt = clock.GetUtcNow() };
            db.SurveyResponses.Add(response);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // The same submission sent twice at once: the other one was stored.
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return new SubmissionOutcome(SubmissionStatus.AlreadyReceived, []);
            }
            Add(db, row, survey, response, validation.Response!, today);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new SubmissionOutcome(SubmissionStatus.Stored, []);
        }).ConfigureAwait(false);
    }
}
