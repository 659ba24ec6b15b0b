using System.Globalization;
using System.Text.Json;
using Csp.Core.Cases.Interventions;
using Csp.Core.Cases.SubjectAccess;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Cases;

/// <summary>
/// Data protection requests about one person (UK GDPR Articles 15 and 17), for administrators (the web app's
/// <c>DataProtection</c> policy) and the CLI: finding the person's record, the subject access export and erasure
/// (<c>AsbCases+Erasure.cs</c>). Unlike a case officer's work these are not narrowed by agency: the partnership answers a
/// request over every case it holds. Each look-up and export is audited against the person's record.
/// </summary>
public sealed partial class AsbCases
{
    /// <summary>People whose name contains the term (ignoring case), at most 50; audited (the term may be a name).</summary>
    public async Task<IReadOnlyList<PersonMatch>> FindPeopleAsync(Actor actor, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var term = name?.Trim() ?? "";
        if (term.Length < 2) return [];
        await using var db = database.CreateContext();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), not run with the server's culture
        var lower = term.ToLowerInvariant();
        var rows = await db.People.AsNoTracking().Where(p => p.Name.ToLower().Contains(lower)).OrderBy(p => p.Name).ThenBy(p => p.Id).Take(50)
#pragma warning restore CA1304, CA1311, CA1862
            .Select(p => new PersonMatch(p.Id, p.Name, p.DateOfBirth, p.Postcode, db.CasePeople.Where(cp => cp.PersonId == p.Id).Select(cp => cp.CaseId).Distinct().Count(), p.Demo, p.AnonymisedOn))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        db.AuditLog.Add(Row(actor, AuditActions.PersonLookedUp, null, null, null, $"searched people by name '{term}': {rows.Count} found"));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>The person's record, their cases and roles, and whether erasure is allowed now (with the reasons when not); null when there is no such person. Audited.</summary>
    public async Task<PersonOverview?> PersonAsync(Actor actor, long personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = database.CreateContext();
        if (await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false) is not { } person) return null;
        var links = await LinksAsync(db, personId, cancellationToken).ConfigureAwait(false);
        var ids = links.Keys.ToList();
        var cases = (await db.AsbCases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(c => c.OpenedOn).ThenBy(c => c.Id)
            .Select(c => new PersonCaseLink(c.Reference, c.CaseType, c.Status, c.OpenedOn, c.ClosedOn, links[c.Id], c.AnonymisedOn)).ToList();
        var erasure = await ErasureCheckAsync(db, person, links, cancellationToken).ConfigureAwait(false);
        db.AuditLog.Add(Row(actor, AuditActions.PersonLookedUp, null, personId, "person " + Id(personId), "read the record for a data protection request"));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new PersonOverview(person.Id, person.Name, person.DateOfBirth, person.Address, person.Postcode, person.Phone, person.Demo, person.AnonymisedOn, cases, erasure);
    }

    /// <summary>
    /// Every record about the person (see <see cref="SubjectAccessRecord"/>), other people's details withheld; null when
    /// there is no such person. The export is audited (who, which person, <paramref name="format"/>) after it is read, so
    /// the access log it gives ends with the export before this one.
    /// </summary>
    public async Task<SubjectAccessRecord?> SubjectAccessAsync(Actor actor, long personId, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = database.CreateContext();
        if (await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false) is not { } person) return null;
        var links = await LinksAsync(db, personId, cancellationToken).ConfigureAwait(false);
        var ids = links.Keys.ToList();
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken).ConfigureAwait(false);
        var caseRows = (await db.AsbCases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(c => c.OpenedOn).ThenBy(c => c.Id).ToList();
        var references = caseRows.ToDictionary(c => c.Id, c => c.Reference);

        // The other people on each case: in a role, as a reporter, or as an applicant. Withheld, and their details redacted from the text.
        var others = await db.CasePeople.AsNoTracking().Where(cp => ids.Contains(cp.CaseId) && cp.PersonId != personId).Select(cp => new { cp.CaseId, cp.PersonId })
            .Union(db.CaseIncidents.AsNoTracking().Where(i => ids.Contains(i.CaseId) && i.ReportedById != null && i.ReportedById != personId).Select(i => new { i.CaseId, PersonId = i.ReportedById!.Value }))
            .Union(db.CaseReviews.AsNoTracking().Where(r => r.CaseId != null && ids.Contains(r.CaseId.Value) && r.ApplicantId != null && r.ApplicantId != personId)
                .Select(r => new { CaseId = r.CaseId!.Value, PersonId = r.ApplicantId!.Value }))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var otherIds = others.Select(o => o.PersonId).Distinct().ToList();
        var otherPeople = await db.People.AsNoTracking().Where(p => otherIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var self = new ThirdParty(person.Name, person.Address, person.Postcode, person.Phone);
        var redactions = ids.ToDictionary(id => id, id => new ThirdPartyRedaction(self,
            others.Where(o => o.CaseId == id).Select(o => otherPeople[o.PersonId]).Where(p => p.AnonymisedOn is null)
                .Select(p => new ThirdParty(p.Name, p.Address, p.Postcode, p.Phone))));
        var none = new ThirdPartyRedaction(self, []);
        ThirdPartyRedaction For(long? caseId) => caseId is { } c && redactions.TryGetValue(c, out var r) ? r : none;

        var incidents = (await db.CaseIncidents.AsNoTracking().Where(i => ids.Contains(i.CaseId)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(i => i.CaseId);
        var notes = (await db.CaseNotes.AsNoTracking().Where(n => ids.Contains(n.CaseId)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(n => n.CaseId);
        var tasks = (await db.CaseTasks.AsNoTracking().Where(t => ids.Contains(t.CaseId)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(t => t.CaseId);
        var documents = (await db.CaseDocuments.AsNoTracking().Where(d => ids.Contains(d.CaseId))
            .Select(d => new { d.CaseId, d.Id, d.FileName, d.Kind, d.SizeBytes, d.UploadedAt, d.RemovedOn }).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(d => d.CaseId);

        var cases = caseRows.Select(c =>
        {
            var r = redactions[c.Id];
            return new SubjectCase(c.Reference, c.CaseType, c.Status, c.Outcome, agencies.GetValueOrDefault(c.LeadAgencyId) ?? "", c.Ward, r.Apply(c.Location), r.Apply(c.Summary),
                c.OpenedOn, c.ClosedOn, c.AnonymisedOn, c.Demo, links[c.Id], others.Where(o => o.CaseId == c.Id).Select(o => o.PersonId).Distinct().Count(),
                incidents[c.Id].OrderBy(i => i.OccurredOn).ThenBy(i => i.OccurredAt, StringComparer.Ordinal).ThenBy(i => i.Id)
                    .Select(i => new SubjectIncident(i.OccurredOn, i.OccurredAt, r.Apply(i.Description)!,
                        i.ReportedById is null ? null : i.ReportedById == personId ? "You" : ThirdPartyRedaction.Marker,
                        i.ReportedToAgency is { } a ? agencies.GetValueOrDefault(a) : null, i.Reference)).ToList(),
                notes[c.Id].OrderBy(n => n.Id).Select(n => new SubjectNote(n.CreatedAt, n.CreatedBy, r.Apply(n.Text)!)).ToList(),
                tasks[c.Id].OrderBy(t => t.Id).Select(t => new SubjectTask(r.Apply(t.Title)!, r.Apply(t.AssignedTo), t.DueOn, t.DoneOn, r.Apply(t.Outcome))).ToList(),
                documents[c.Id].OrderBy(d => d.UploadedAt).ThenBy(d => d.Id)
                    .Select(d => new SubjectDocument(r.Apply(d.FileName)!, d.Kind, d.SizeBytes, d.UploadedAt, d.RemovedOn is not null)).ToList());
        }).ToList();

        // Assessments of the person, or naming nobody on a case where they are the victim (the matrix assesses the victim).
        var victimOf = links.Where(l => l.Value.Contains(CaseRoles.Victim)).Select(l => l.Key).ToList();
        var questions = configuration.Matrix?.Questions.ToDictionary(q => q.Id, q => q.Text, StringComparer.OrdinalIgnoreCase) ?? [];
        var risks = (await db.RiskAssessments.AsNoTracking().Where(r => r.PersonId == personId || (r.PersonId == null && victimOf.Contains(r.CaseId)))
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(r => r.AssessedOn).ThenBy(r => r.Id)
            .Select(r => new SubjectRiskAssessment(references.GetValueOrDefault(r.CaseId) ?? "", r.AssessedOn, r.Assessor, r.Score, r.MaxScore, r.Level, r.RaisedTo,
                For(r.CaseId).Apply(r.RaisedBecause),
                (JsonSerializer.Deserialize<Dictionary<string, string>>(r.Answers) ?? []).Select(a => new SubjectAnswer(questions.GetValueOrDefault(a.Key) ?? a.Key, a.Value)).ToList()))
            .ToList();
        var interventions = (await db.Interventions.AsNoTracking().Include(i => i.Breaches).Where(i => i.PersonId == personId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(i => i.IssuedOn).ThenBy(i => i.Id)
            .Select(i =>
            {
                var power = InterventionPowers.Of(Enum.Parse<InterventionType>(i.InterventionType));
                return new SubjectIntervention(references.GetValueOrDefault(i.CaseId) ?? "", $"{power.Title} ({power.Abbreviation})", i.IssuedOn,
                    agencies.GetValueOrDefault(i.IssuingAgencyId) ?? "", (i.Conditions?.Split('\n') ?? []).Select(x => For(i.CaseId).Apply(x)!).ToList(), i.ComplyBy, i.ExpiresOn,
                    i.Breaches.OrderBy(b => b.BreachedOn).Select(b => new SubjectBreach(b.BreachedOn, b.IncidentReference)).ToList());
            }).ToList();
        var reviews = (await db.CaseReviews.AsNoTracking().Where(r => r.ApplicantId == personId).OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(r => new SubjectCaseReview(r.Reference, r.CaseId is { } c ? references.GetValueOrDefault(c) : null, r.ReceivedOn, r.OnBehalf, r.Consent, r.Qualifying,
                r.ThresholdSummary, r.AcknowledgedOn, r.ThresholdDecidedOn, r.ThresholdMet, r.ReviewHeldOn, r.OutcomeSentOn, r.Recommendations, For(r.CaseId).Apply(r.Decision)))
            .ToList();

        var audit = await db.AuditLog.AsNoTracking().Where(e => e.PersonId == personId).OrderBy(e => e.Id)
            .Select(e => new { e.At, e.UserName, e.Action, e.CaseId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var userNames = audit.Select(e => e.UserName).Where(u => u != null).Distinct().ToList();
        var userAgencies = await db.Users.AsNoTracking().Where(u => userNames.Contains(u.UserName))
            .Select(u => new { u.UserName, Agency = db.Agencies.Where(a => a.Id == u.AgencyId).Select(a => a.Name).FirstOrDefault() })
            .ToDictionaryAsync(u => u.UserName, u => u.Agency, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var auditCases = audit.Where(e => e.CaseId is { } c && !references.ContainsKey(c)).Select(e => e.CaseId!.Value).Distinct().ToList();
        foreach (var c in await db.AsbCases.AsNoTracking().Where(c => auditCases.Contains(c.Id)).Select(c => new { c.Id, c.Reference }).ToListAsync(cancellationToken).ConfigureAwait(false))
            references[c.Id] = c.Reference;
        var accessLog = audit.Select(e => new SubjectAccessEntry(e.At, e.UserName, e.UserName is { } u ? userAgencies.GetValueOrDefault(u) : null, AuditActions.Describe(e.Action),
            e.CaseId is { } c ? references.GetValueOrDefault(c) : null)).ToList();

        var record = new SubjectAccessRecord(Today, actor.UserName ?? "the system",
            new SubjectPerson(person.Id, person.Name, person.DateOfBirth, person.Address, person.Postcode, person.Phone, person.Vulnerable, person.Demo,
                DateOnly.FromDateTime(Core.Periods.UkTime.FromInstant(person.CreatedAt)), person.AnonymisedOn),
            cases, risks, interventions, reviews, accessLog, otherIds.Count, ThirdPartyRedaction.Marker);
        db.AuditLog.Add(Row(actor, AuditActions.SubjectAccessExport, null, personId, "person " + Id(personId),
            $"subject access export ({format}): {cases.Count} cases, {risks.Count} risk assessments, {interventions.Count} interventions, {reviews.Count} Case Review applications; {otherIds.Count} other people withheld"));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return record;
    }

    /// <summary>
    /// The cases a person is linked to, with their roles on each: a role on the case, "Reported an incident" for an incident
    /// they reported on a case they have no role on, "Applied for a Case Review" likewise.
    /// </summary>
    private static async Task<Dictionary<long, IReadOnlyList<string>>> LinksAsync(CspDbContext db, long personId, CancellationToken cancellationToken)
    {
        var roles = await db.CasePeople.AsNoTracking().Where(cp => cp.PersonId == personId).Select(cp => new { cp.CaseId, cp.Role }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var reported = await db.CaseIncidents.AsNoTracking().Where(i => i.ReportedById == personId).Select(i => i.CaseId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var applied = await db.CaseReviews.AsNoTracking().Where(r => r.ApplicantId == personId && r.CaseId != null).Select(r => r.CaseId!.Value).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var links = new Dictionary<long, List<string>>();
        foreach (var r in roles.OrderBy(r => CaseRolesOrder(r.Role))) (links.TryGetValue(r.CaseId, out var l) ? l : links[r.CaseId] = []).Add(r.Role);
        foreach (var c in reported.Where(c => !links.ContainsKey(c))) links[c] = ["Reported an incident"];
        foreach (var c in applied.Where(c => !links.ContainsKey(c))) links[c] = ["Applied for a Case Review"];
        return links.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)l.Value);
    }

    private AuditEntryRow Row(Actor actor, string action, long? caseId, long? personId, string? record, string detail) => new()
    {
        At = clock.GetUtcNow(),
        UserName = actor.UserName,
        Action = action,
        Target = personId is { } p ? "person " + p.ToString(CultureInfo.InvariantCulture) : null,
        Detail = detail.Length > 2000 ? detail[..2000] + "…" : detail,
        Address = actor.Address,
        CaseId = caseId,
        PersonId = personId,
        Record = record,
    };
}
