using System.Globalization;
using Csp.Core.Cases.Interventions;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Cases;

public sealed partial class AsbCases
{
    /// <summary>What an erased case's texts read.</summary>
    public const string RemovedOnRequest = "[removed on request]";

    /// <summary>What an erased person's name reads.</summary>
    public const string ErasedPersonName = "Removed on request";

    /// <summary>
    /// Erasure on request (UK GDPR Article 17), where the law allows it. The rule: a person may be erased only when every
    /// case they are on (in a role, as the reporter of an incident, or as a Case Review applicant) is closed, no
    /// intervention given to them is still in force, no ASB Case Review they applied for is still in progress, and no
    /// Vulnerability Panel referral of them is still open (referred or accepted onto an agenda); because erasing them
    /// anonymises those cases, no intervention on those cases (given to anyone) may still be in force, no Case Review on
    /// them still in progress and no panel referral on them still open either. Otherwise it is refused with every reason (the case, what is
    /// open or in force, until when). An intervention is in force when it is not a warning letter (a letter, not an order)
    /// and has no end date recorded or ends today or later; a Case Review is in progress until its outcome letter is sent
    /// or its threshold is decided as not met, and again while an appeal against its outcome is not yet decided.
    /// Erasing anonymises the person's record (name, date of birth, address, postcode, phone) and the cases they are on
    /// with the retention job's anonymiser (their texts read <see cref="RemovedOnRequest"/>, documents' content removed),
    /// keeping what the published statistics count (type, outcome, dates, ward, risk levels, intervention types, Case
    /// Review dates and counts). Other people on those cases keep their records. One transaction; an audit row for the
    /// person and one per case anonymised (a refusal is audited with its reasons). Asked again, it finds nothing left to
    /// do and changes nothing (<see cref="ErasureOutcome.AlreadyErased"/>). Null when there is no such person.
    /// </summary>
    public async Task<ErasureOutcome?> EraseAsync(Actor actor, long personId, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false) is not { } person) return null;
        var links = await LinksAsync(db, personId, cancellationToken).ConfigureAwait(false);
        var check = await ErasureCheckAsync(db, person, links, cancellationToken).ConfigureAwait(false);
        var outcome = check with { DryRun = dryRun };
        if (dryRun) return outcome;
        if (!check.Allowed)
        {
            db.AuditLog.Add(Row(actor, AuditActions.PersonErasureRefused, null, personId, "person " + Id(personId), "erasure refused: " + string.Join(" ", check.Reasons)));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return outcome;
        }
        if (check.AlreadyErased) return outcome;

        var today = Today;
        var due = await db.AsbCases.Where(c => links.Keys.Contains(c.Id) && c.AnonymisedOn == null).OrderBy(c => c.OpenedOn).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Reference }).ToListAsync(cancellationToken).ConfigureAwait(false);
        await AnonymiseCasesAsync(db, due.Select(c => c.Id).ToList(), today, RemovedOnRequest, cancellationToken).ConfigureAwait(false);
        if (person.AnonymisedOn is null) await AnonymisePeopleAsync(db, [personId], today, ErasedPersonName, cancellationToken).ConfigureAwait(false);
        db.AuditLog.Add(Row(actor, AuditActions.PersonErased, null, personId, "person " + Id(personId),
            due.Count == 0 ? "erased on request" : $"erased on request with {due.Count} case(s) anonymised: {string.Join(", ", due.Select(c => c.Reference))}"));
        foreach (var c in due)
        {
            var row = Row(actor, AuditActions.PersonErased, c.Id, null, "case", $"anonymised for the erasure of person {Id(personId)}");
            row.Target = c.Reference;
            db.AuditLog.Add(row);
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome with { Erased = true };
    }

    /// <summary>Whether the person may be erased today, and if not why (see <see cref="EraseAsync"/> for the rule).</summary>
    private async Task<ErasureOutcome> ErasureCheckAsync(CspDbContext db, PersonRow person, Dictionary<long, IReadOnlyList<string>> links, CancellationToken cancellationToken)
    {
        var today = Today;
        var ids = links.Keys.ToList();
        var cases = (await db.AsbCases.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Reference, c.Status, c.OpenedOn, c.AnonymisedOn })
            .ToListAsync(cancellationToken).ConfigureAwait(false)).OrderBy(c => c.OpenedOn).ThenBy(c => c.Id).ToList();
        var references = cases.ToDictionary(c => c.Id, c => c.Reference);
        var reasons = new List<string>();
        foreach (var c in cases.Where(c => c.Status != CaseStatuses.Closed))
            reasons.Add($"{c.Reference} is {CaseStatuses.Describe(c.Status).ToLowerInvariant()} and the person is on it ({string.Join(", ", links[c.Id])}): close the case first.");

        var interventions = await db.Interventions.AsNoTracking().Where(i => i.PersonId == person.Id || ids.Contains(i.CaseId))
            .Select(i => new { i.Id, i.CaseId, i.PersonId, i.InterventionType, i.IssuedOn, i.ExpiresOn }).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var i in interventions.OrderBy(i => i.IssuedOn).ThenBy(i => i.Id))
        {
            var type = Enum.Parse<InterventionType>(i.InterventionType);
            if (type == InterventionType.WarningLetter || (i.ExpiresOn is { } end && end < today)) continue;
            var power = InterventionPowers.Of(type);
            var reference = references.GetValueOrDefault(i.CaseId) ?? await db.AsbCases.Where(c => c.Id == i.CaseId).Select(c => c.Reference).FirstAsync(cancellationToken).ConfigureAwait(false);
            var until = i.ExpiresOn is { } e ? $"until {e.ToString("d MMMM yyyy", EnGb)}" : "with no end date recorded (record its end if it has ended)";
            reasons.Add(i.PersonId == person.Id
                ? $"The {power.Title} ({power.Abbreviation}) given to the person on {i.IssuedOn.ToString("d MMMM yyyy", EnGb)} ({reference}) is in force {until}."
                : $"{reference} holds a {power.Title} ({power.Abbreviation}) given to someone else, in force {until}: the case cannot be anonymised while it is.");
        }

        var reviews = await db.CaseReviews.AsNoTracking().Where(r => r.ApplicantId == person.Id || (r.CaseId != null && ids.Contains(r.CaseId.Value)))
            .Select(r => new { r.Id, r.Reference, r.CaseId, r.ApplicantId, r.ReceivedOn, r.OutcomeSentOn, r.ThresholdMet, r.ThresholdDecidedOn })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var r in reviews.OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id))
        {
            if (r.OutcomeSentOn is not null || (r.ThresholdDecidedOn is not null && r.ThresholdMet == false)) continue;
            var on = r.CaseId is { } c && references.TryGetValue(c, out var cr) ? $" on {cr}" : "";
            reasons.Add(r.ApplicantId == person.Id
                ? $"The person's ASB Case Review application {r.Reference}{on} (received {r.ReceivedOn.ToString("d MMMM yyyy", EnGb)}) is still in progress: its outcome letter is not sent."
                : $"ASB Case Review {r.Reference}{on}, made by someone else, is still in progress: the case cannot be anonymised while it is.");
        }

        // An appeal against a Case Review's outcome not yet decided keeps that review in progress, whatever its letter says.
        var reviewIds = reviews.Select(r => r.Id).ToList();
        var appealed = await db.CaseReviewAppeals.AsNoTracking().Where(a => reviewIds.Contains(a.ReviewId) && a.DecidedOn == null)
            .Select(a => new { a.ReviewId, a.ReceivedOn }).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var a in appealed.OrderBy(a => a.ReceivedOn))
        {
            var r = reviews.First(r => r.Id == a.ReviewId);
            if (r.OutcomeSentOn is null && !(r.ThresholdDecidedOn is not null && r.ThresholdMet == false)) continue;
            var on = r.CaseId is { } c && references.TryGetValue(c, out var cr) ? $" on {cr}" : "";
            reasons.Add($"An appeal against the outcome of ASB Case Review {r.Reference}{on} (received {a.ReceivedOn.ToString("d MMMM yyyy", EnGb)}) is not yet decided.");
        }

        // The Vulnerability Panel: a referral of the person, or of a case that erasing would anonymise, still awaiting or on the panel's agenda.
        var referrals = await db.PanelReferrals.AsNoTracking()
            .Where(r => (r.PersonId == person.Id || ids.Contains(r.CaseId)) && (r.Status == Panel.PanelStatuses.Referred || r.Status == Panel.PanelStatuses.Accepted))
            .Select(r => new { r.Id, r.Reference, r.CaseId, r.PersonId, r.ReferredOn }).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var r in referrals.OrderBy(r => r.ReferredOn).ThenBy(r => r.Id))
        {
            var reference = references.GetValueOrDefault(r.CaseId) ?? "";
            reasons.Add(r.PersonId == person.Id
                ? $"The person's referral to the Vulnerability Panel {r.Reference} ({reference}, referred {r.ReferredOn.ToString("d MMMM yyyy", EnGb)}) is still open: the panel has not closed or declined it."
                : $"Vulnerability Panel referral {r.Reference} on {reference}, of {(r.PersonId is null ? "the case" : "someone else")}, is still open: the case cannot be anonymised while it is.");
        }

        var toAnonymise = cases.Where(c => c.AnonymisedOn is null).Select(c => c.Reference).ToList();
        var allowed = reasons.Count == 0;
        var already = allowed && person.AnonymisedOn is not null && toAnonymise.Count == 0;
        return new ErasureOutcome(person.Id, today, DryRun: true, allowed, Erased: already, AlreadyErased: already, reasons, toAnonymise);
    }
}
