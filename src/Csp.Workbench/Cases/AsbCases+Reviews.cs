using System.Globalization;
using Csp.Core.Cases.CaseReview;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Cases;

public sealed partial class AsbCases
{
    /// <summary>
    /// Records an ASB Case Review application on the case with the complaints it relies on, and checks the threshold at once
    /// (<see cref="CaseReviewThreshold"/>): which complaints qualify and why each does not, and the acknowledgement and
    /// decision due dates in working days. The threshold decision itself is the officer's, recorded by <see cref="DecideReviewAsync"/>.
    /// </summary>
    public async Task<CaseChange> ApplyForReviewAsync(CaseUser user, long caseId, DateOnly receivedOn, long? applicantId, bool onBehalf, bool consent,
        IReadOnlyList<Complaint> complaints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        var errors = new List<string>();
        if (receivedOn > Today) errors.Add("The application cannot be received in the future.");
        if (applicantId is { } a && !await db.CasePeople.AnyAsync(cp => cp.CaseId == caseId && cp.PersonId == a, cancellationToken).ConfigureAwait(false))
            errors.Add("The applicant must be a person on the case.");
        if (onBehalf && !consent) errors.Add("An application made on the victim's behalf needs their consent.");
        if (complaints.Count == 0) errors.Add("Give the complaints the application relies on.");
        if (errors.Count > 0) return new CaseChange(false, 0, errors);

        var check = CaseReviewCheckResult.Check(receivedOn, complaints, configuration.Settings.CaseReview, configuration.Calendar);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = new CaseReviewRow
        {
            CaseId = caseId,
            Reference = "new-" + Guid.NewGuid().ToString("N"),
            ReceivedOn = receivedOn,
            ApplicantId = applicantId,
            OnBehalf = onBehalf,
            Consent = consent,
            Qualifying = check.Qualifying,
            ThresholdSummary = check.Summary,
            AcknowledgeBy = check.AcknowledgeBy,
            DecisionBy = check.DecisionBy,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = user.UserName,
            Complaints = check.Complaints.Select(c => new CaseReviewComplaintRow { ReportedOn = c.ReportedOn, BehaviourOn = c.BehaviourOn, Agency = c.Agency, Qualifies = c.Qualifies, Reason = c.Reason }).ToList(),
        };
        db.CaseReviews.Add(row);
        found.Row.Status = found.Row.Status == CaseStatuses.Closed ? found.Row.Status : CaseStatuses.UnderReview;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        row.Reference = string.Create(CultureInfo.InvariantCulture, $"CR-{receivedOn.Year}-{row.Id:D4}");
        Audit(db, user, AuditActions.CaseChanged, caseId, applicantId, found.Row.Reference, "case review " + Id(row.Id), check.Summary);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(row.Id);
    }

    /// <summary>Records what was done on a Case Review: acknowledgement, threshold decision, review meeting, outcome letter, recommendations.</summary>
    public async Task<CaseChange> DecideReviewAsync(CaseUser user, long caseId, long reviewId, CaseReviewProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        var review = await db.CaseReviews.FirstOrDefaultAsync(r => r.Id == reviewId && r.CaseId == caseId, cancellationToken).ConfigureAwait(false);
        if (review is null) return CaseChange.Refused("No such Case Review on this case.");
        var errors = new List<string>();
        foreach (var (day, what) in new[] { (progress.AcknowledgedOn, "acknowledgement"), (progress.ThresholdDecidedOn, "threshold decision"), (progress.ReviewHeldOn, "review meeting"), (progress.OutcomeSentOn, "outcome letter") })
        {
            if (day is { } d && (d < review.ReceivedOn || d > Today)) errors.Add($"The {what} date must be between receipt and today.");
        }
        if (progress.ThresholdDecidedOn is not null && progress.ThresholdMet is null) errors.Add("Say whether the threshold is met.");
        if (progress.ReviewHeldOn is not null && (progress.ThresholdMet ?? review.ThresholdMet) != true) errors.Add("A review meeting is held only when the threshold is met.");
        if (progress.Recommendations is < 0) errors.Add("Recommendations cannot be negative.");
        if (errors.Count > 0) return new CaseChange(false, 0, errors);
        review.AcknowledgedOn = progress.AcknowledgedOn ?? review.AcknowledgedOn;
        review.ThresholdDecidedOn = progress.ThresholdDecidedOn ?? review.ThresholdDecidedOn;
        review.ThresholdMet = progress.ThresholdMet ?? review.ThresholdMet;
        review.ReviewHeldOn = progress.ReviewHeldOn ?? review.ReviewHeldOn;
        review.OutcomeSentOn = progress.OutcomeSentOn ?? review.OutcomeSentOn;
        review.Recommendations = progress.Recommendations ?? review.Recommendations;
        review.Decision = Clean(progress.Decision, 4000) ?? review.Decision;
        Audit(db, user, AuditActions.CaseChanged, caseId, review.ApplicantId, found.Row.Reference, "case review " + Id(reviewId), "recorded progress");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(reviewId);
    }

    /// <summary>
    /// Records an appeal against a Case Review's outcome: the applicant asks for the way it was decided to be looked at again
    /// (the partnership's escalation procedure). Refused, in words: no grounds; a date in the future; a review with no
    /// outcome yet (neither the threshold decided as not met nor the outcome letter sent), or an appeal dated before that
    /// outcome; another appeal on the review not yet decided. Audited as a change to the case, naming the applicant.
    /// </summary>
    public async Task<CaseChange> AppealReviewAsync(CaseUser user, long caseId, long reviewId, DateOnly receivedOn, string? grounds, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        var review = await db.CaseReviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reviewId && r.CaseId == caseId, cancellationToken).ConfigureAwait(false);
        if (review is null) return CaseChange.Refused("No such Case Review on this case.");
        var errors = new List<string>();
        var text = Clean(grounds, 4000);
        if (text is null) errors.Add("Give the grounds of the appeal.");
        if (receivedOn > Today) errors.Add("The appeal cannot be received in the future.");
        DateOnly? outcomeOn = review.OutcomeSentOn ?? (review.ThresholdMet == false ? review.ThresholdDecidedOn : null);
        if (outcomeOn is not { } decided) errors.Add("The Case Review has no outcome yet to appeal against: record the threshold decision (not met) or the outcome letter first.");
        else if (receivedOn < decided) errors.Add($"The appeal cannot be received before the outcome it is against ({decided.ToString("d MMMM yyyy", EnGb)}).");
        if (await db.CaseReviewAppeals.AnyAsync(a => a.ReviewId == reviewId && a.DecidedOn == null, cancellationToken).ConfigureAwait(false))
            errors.Add("An appeal on this Case Review is not yet decided: record its decision first.");
        if (errors.Count > 0) return new CaseChange(false, 0, errors);
        var row = new CaseReviewAppealRow { ReviewId = reviewId, ReceivedOn = receivedOn, Grounds = text!, RecordedBy = user.UserName, RecordedAt = clock.GetUtcNow() };
        db.CaseReviewAppeals.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Audit(db, user, AuditActions.CaseChanged, caseId, review.ApplicantId, found.Row.Reference, "case review " + Id(reviewId), "appeal " + Id(row.Id) + " received");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(row.Id);
    }

    /// <summary>
    /// Records the decision on an appeal: one of <see cref="CaseReviewAppeals.Decisions"/>, the reasons, the day (from
    /// receipt to today) and who decided it (as the procedure names them: a name and role, or a body). Refused for an appeal
    /// already decided. Audited as a change to the case.
    /// </summary>
    public async Task<CaseChange> DecideAppealAsync(CaseUser user, long caseId, long appealId, string? decision, string? reasons, DateOnly decidedOn, string? decidedBy,
        CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        var appeal = await (from a in db.CaseReviewAppeals join r in db.CaseReviews on a.ReviewId equals r.Id where a.Id == appealId && r.CaseId == caseId select a)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (appeal is null) return CaseChange.Refused("No such appeal on this case.");
        var errors = new List<string>();
        if (appeal.DecidedOn is not null) errors.Add("The appeal is already decided.");
        if (decision is null || !CaseReviewAppeals.Decisions.Contains(decision)) errors.Add($"Say how the appeal is decided: {string.Join(", ", CaseReviewAppeals.Decisions)}.");
        var by = Clean(decidedBy, 200);
        if (by is null) errors.Add("Say who decided the appeal.");
        if (decidedOn < appeal.ReceivedOn || decidedOn > Today) errors.Add("The decision date must be between the appeal's receipt and today.");
        if (errors.Count > 0) return new CaseChange(false, 0, errors);
        appeal.Decision = decision;
        appeal.Reasons = Clean(reasons, 4000);
        appeal.DecidedOn = decidedOn;
        appeal.DecidedBy = by;
        var applicant = await db.CaseReviews.Where(r => r.Id == appeal.ReviewId).Select(r => r.ApplicantId).FirstAsync(cancellationToken).ConfigureAwait(false);
        Audit(db, user, AuditActions.CaseChanged, caseId, applicant, found.Row.Reference, "case review " + Id(appeal.ReviewId), $"appeal {Id(appealId)} decided: {decision}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(appealId);
    }

    /// <summary>
    /// The ASB Case Review figures a partnership must publish for a period (from and to inclusive): applications received,
    /// threshold not met, reviews held, reviews with recommendations, over every agency's cases except the demonstration
    /// caseload; small numbers withheld below <paramref name="suppressBelow"/> (and a withheld figure's complement when it
    /// could be worked out from the total). Counts only: no personal data, fit for a public report.
    /// </summary>
    public async Task<PublishedCaseReviewFigures> PublishedFiguresAsync(DateOnly from, DateOnly to, int suppressBelow, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await (from r in db.CaseReviews.AsNoTracking()
                          join c in db.AsbCases on r.CaseId equals c.Id
                          where !c.Demo
                          select r).ToListAsync(cancellationToken).ConfigureAwait(false);
        var applications = rows.Select(r => new CaseReviewApplication(r.Reference, r.ReceivedOn)
        {
            AcknowledgedOn = r.AcknowledgedOn,
            ThresholdDecidedOn = r.ThresholdDecidedOn,
            ThresholdMet = r.ThresholdMet,
            ReviewHeldOn = r.ReviewHeldOn,
            OutcomeSentOn = r.OutcomeSentOn,
            Recommendations = r.Recommendations,
        });
        return CaseReviewStatistics.For(applications, from, to).ForPublication(suppressBelow);
    }
}
