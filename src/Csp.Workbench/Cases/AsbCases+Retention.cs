using System.Globalization;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Cases;

/// <summary>What the retention job did (or, on a dry run, would do).</summary>
/// <param name="Cutoff">Cases closed on or before this day were due.</param>
/// <param name="Cases">The references of the cases anonymised, oldest closing first.</param>
/// <param name="People">How many people's records were anonymised (on no case still kept).</param>
public sealed record RetentionOutcome(DateOnly Today, int RetentionYears, DateOnly Cutoff, IReadOnlyList<string> Cases, int People, bool DryRun);

public sealed partial class AsbCases
{
    /// <summary>What an anonymised text reads.</summary>
    public const string Removed = "[removed under retention]";

    /// <summary>What an anonymised person's name reads after retention.</summary>
    public const string RemovedPersonName = "Removed under retention";

    /// <summary>
    /// The retention job: every closed case whose closing day is more than the partnership's retention period ago
    /// (<c>retention_years</c> in asb-case-settings.csv, default 6) is anonymised: its place, summary, incidents'
    /// descriptions, references and reporters, notes, task titles and outcomes, the reasons on its risk assessments,
    /// interventions' subjects and conditions, Case Review applicants and decisions, the Vulnerability Panel's referral
    /// reasons, lawful bases, the person referred, the panel's decisions and actions' texts, and its documents' content, hash
    /// and name are removed; what the published figures and the partnership's statistics count (type, status, outcome, dates,
    /// ward, LSOA, scores, levels, intervention types, Case Review dates and counts, documents' kind and size) is kept. A person is anonymised (name, date of birth, address,
    /// postcode, phone) once every case they are on has been. One transaction; an audit row per case and per person
    /// (user <paramref name="by"/>, normally "retention"); a case or person done before is not done again.
    /// </summary>
    public async Task<RetentionOutcome> ApplyRetentionAsync(string by, bool dryRun, CancellationToken cancellationToken)
    {
        var today = Today;
        var years = configuration.Settings.RetentionYears;
        var cutoff = configuration.Settings.RetentionCutoff(today);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var due = await db.AsbCases.Where(c => c.Status == CaseStatuses.Closed && c.ClosedOn != null && c.ClosedOn <= cutoff && c.AnonymisedOn == null)
            .OrderBy(c => c.ClosedOn).ThenBy(c => c.Id).Select(c => new { c.Id, c.Reference }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = due.Select(c => c.Id).ToList();
        // People on the due cases (in a role, as a reporter or as an applicant) who are on no case that is kept.
        var onDue = await db.CasePeople.Where(cp => ids.Contains(cp.CaseId)).Select(cp => cp.PersonId)
            .Union(db.CaseIncidents.Where(i => ids.Contains(i.CaseId) && i.ReportedById != null).Select(i => i.ReportedById!.Value))
            .Union(db.CaseReviews.Where(r => r.CaseId != null && ids.Contains(r.CaseId.Value) && r.ApplicantId != null).Select(r => r.ApplicantId!.Value))
            .Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var kept = db.AsbCases.Where(c => c.AnonymisedOn == null && !ids.Contains(c.Id)).Select(c => c.Id);
        var stillNeeded = await db.CasePeople.Where(cp => onDue.Contains(cp.PersonId) && kept.Contains(cp.CaseId)).Select(cp => cp.PersonId)
            .Union(db.CaseIncidents.Where(i => i.ReportedById != null && onDue.Contains(i.ReportedById.Value) && kept.Contains(i.CaseId)).Select(i => i.ReportedById!.Value))
            .Union(db.CaseReviews.Where(r => r.ApplicantId != null && onDue.Contains(r.ApplicantId.Value) && (r.CaseId == null || kept.Contains(r.CaseId.Value))).Select(r => r.ApplicantId!.Value))
            .Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var people = await db.People.Where(p => onDue.Contains(p.Id) && !stillNeeded.Contains(p.Id) && p.AnonymisedOn == null).Select(p => p.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (dryRun || ids.Count == 0)
        {
            return new RetentionOutcome(today, years, cutoff, due.Select(c => c.Reference).ToList(), people.Count, dryRun);
        }

        await AnonymiseCasesAsync(db, ids, today, Removed, cancellationToken).ConfigureAwait(false);
        await AnonymisePeopleAsync(db, people, today, RemovedPersonName, cancellationToken).ConfigureAwait(false);

        var at = clock.GetUtcNow();
        var closedBefore = cutoff.AddDays(1).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        foreach (var c in due)
        {
            db.AuditLog.Add(new AuditEntryRow
            {
                At = at, UserName = by, Action = AuditActions.CaseRetention, Target = c.Reference, CaseId = c.Id, Record = "case",
                Detail = $"anonymised: closed before {closedBefore} ({years} years' retention)",
            });
        }
        foreach (var p in people)
        {
            db.AuditLog.Add(new AuditEntryRow
            {
                At = at, UserName = by, Action = AuditActions.CaseRetention, Target = "person " + p.ToString(CultureInfo.InvariantCulture), PersonId = p, Record = "person",
                Detail = "anonymised: every case they were on has passed its retention period",
            });
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new RetentionOutcome(today, years, cutoff, due.Select(c => c.Reference).ToList(), people.Count, DryRun: false);
    }

    /// <summary>
    /// The anonymiser of cases, shared by the retention job and erasure: the case's place and summary, incidents'
    /// descriptions, places, references and reporters, notes, task titles and outcomes, the reasons on its risk assessments,
    /// interventions' subjects and conditions, Case Review applicants and decisions, and its documents' content, hash and
    /// name are removed (<paramref name="removed"/> where a text is required); type, status, outcome, dates, ward, LSOA,
    /// scores, levels, intervention types, Case Review dates and counts, and documents' kind and size stay. Set-based, in
    /// the caller's transaction.
    /// </summary>
    private static async Task AnonymiseCasesAsync(CspDbContext db, List<long> ids, DateOnly today, string removed, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return;
        await db.AsbCases.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Location, (string?)null).SetProperty(c => c.LocationKey, (string?)null)
            .SetProperty(c => c.Latitude, (double?)null).SetProperty(c => c.Longitude, (double?)null)
            .SetProperty(c => c.Summary, (string?)null).SetProperty(c => c.AnonymisedOn, today), cancellationToken).ConfigureAwait(false);
        await db.CaseIncidents.Where(i => ids.Contains(i.CaseId)).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Description, removed).SetProperty(i => i.Reference, (string?)null)
            .SetProperty(i => i.Location, (string?)null).SetProperty(i => i.ReportedById, (long?)null), cancellationToken).ConfigureAwait(false);
        await db.CaseNotes.Where(n => ids.Contains(n.CaseId)).ExecuteUpdateAsync(s => s.SetProperty(n => n.Text, removed), cancellationToken).ConfigureAwait(false);
        await db.CaseTasks.Where(t => ids.Contains(t.CaseId)).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Title, removed).SetProperty(t => t.Outcome, (string?)null), cancellationToken).ConfigureAwait(false);
        await db.RiskAssessments.Where(r => ids.Contains(r.CaseId)).ExecuteUpdateAsync(s => s.SetProperty(r => r.RaisedBecause, (string?)null), cancellationToken)
            .ConfigureAwait(false);
        await db.Interventions.Where(i => ids.Contains(i.CaseId)).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Subject, removed).SetProperty(i => i.Conditions, (string?)null), cancellationToken).ConfigureAwait(false);
        await db.CaseReviews.Where(r => r.CaseId != null && ids.Contains(r.CaseId.Value)).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.ApplicantId, (long?)null).SetProperty(r => r.Decision, (string?)null), cancellationToken).ConfigureAwait(false);
        // Appeals against a Case Review's outcome (0021): the grounds and reasons are the applicant's words; decision and dates stay.
        await db.CaseReviewAppeals.Where(a => db.CaseReviews.Any(r => r.Id == a.ReviewId && r.CaseId != null && ids.Contains(r.CaseId.Value))).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Grounds, removed).SetProperty(a => a.Reasons, (string?)null), cancellationToken).ConfigureAwait(false);
        await db.CaseDocuments.Where(d => ids.Contains(d.CaseId) && d.RemovedOn == null).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Content, (byte[]?)null).SetProperty(d => d.Sha256, (string?)null)
            .SetProperty(d => d.FileName, removed).SetProperty(d => d.RemovedOn, today), cancellationToken).ConfigureAwait(false);
        // The Vulnerability Panel's texts on the case (0017): what was said about the person; statuses, outcomes and dates stay.
        await db.PanelReferrals.Where(r => ids.Contains(r.CaseId)).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Reason, removed).SetProperty(r => r.LawfulBasis, (string?)null).SetProperty(r => r.DeclinedReason, (string?)null)
            .SetProperty(r => r.PersonId, (long?)null), cancellationToken).ConfigureAwait(false);
        await db.PanelAgendaItems.Where(i => ids.Contains(i.CaseId)).ExecuteUpdateAsync(s => s.SetProperty(i => i.Decisions, (string?)null), cancellationToken).ConfigureAwait(false);
        await db.PanelActions.Where(a => ids.Contains(a.CaseId)).ExecuteUpdateAsync(s => s.SetProperty(a => a.Action, removed), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The anonymiser of people's records, shared by retention and erasure: name (to <paramref name="name"/>), date of birth, address, postcode and phone.</summary>
    private static async Task AnonymisePeopleAsync(CspDbContext db, List<long> people, DateOnly today, string name, CancellationToken cancellationToken)
    {
        if (people.Count == 0) return;
        await db.People.Where(p => people.Contains(p.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Name, name).SetProperty(p => p.DateOfBirth, (DateOnly?)null)
            .SetProperty(p => p.Address, (string?)null).SetProperty(p => p.Postcode, (string?)null).SetProperty(p => p.Phone, (string?)null)
            .SetProperty(p => p.AnonymisedOn, today), cancellationToken).ConfigureAwait(false);
    }
}
