using System.Text.Json;
using Csp.Core.Cases.CaseReview;
using Csp.Core.Cases.Interventions;
using Csp.Core.Cases.RiskMatrix;
using Csp.Core.Calendar;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Cases;

public sealed partial class AsbCases
{
    /// <summary>
    /// Everything on a case, for an officer entitled to it; null when the user may not see it (audited as refused when the
    /// case exists). Reading it is audited: one entry for the case and one per person shown, so the log can be read per person.
    /// </summary>
    public async Task<CaseDetail?> GetAsync(CaseUser user, long caseId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return null;
        var row = found.Row;
        var today = Today;
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken).ConfigureAwait(false);
        var partners = await db.CaseAgencies.AsNoTracking().Where(p => p.CaseId == caseId).Select(p => p.AgencyId).ToListAsync(cancellationToken).ConfigureAwait(false);

        var links = await db.CasePeople.AsNoTracking().Where(cp => cp.CaseId == caseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = links.Select(l => l.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var otherCases = await db.CasePeople.AsNoTracking().Where(cp => ids.Contains(cp.PersonId) && cp.CaseId != caseId)
            .GroupBy(cp => cp.PersonId).Select(g => new { g.Key, Cases = g.Select(x => x.CaseId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Cases, cancellationToken).ConfigureAwait(false);
        var casePeople = links.OrderBy(l => CaseRolesOrder(l.Role)).ThenBy(l => people[l.PersonId].Name, StringComparer.Ordinal)
            .Select(l =>
            {
                var p = people[l.PersonId];
                return new CasePerson(p.Id, l.Role, p.Name, p.DateOfBirth, p.Address, p.Postcode, p.Phone, p.Vulnerable, l.AddedOn, otherCases.GetValueOrDefault(p.Id));
            }).ToList();
        string? Name(long? id) => id is { } i && people.TryGetValue(i, out var p) ? p.Name : null;

        var incidents = (await db.CaseIncidents.AsNoTracking().Where(i => i.CaseId == caseId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(i => i.OccurredOn).ThenBy(i => i.OccurredAt, StringComparer.Ordinal).ThenBy(i => i.Id)
            .Select(i => new CaseIncident(i.Id, i.OccurredOn, i.OccurredAt, i.Description, Name(i.ReportedById),
                i.ReportedToAgency is { } a ? agencies.GetValueOrDefault(a) : null, i.Reference, i.Location, i.CreatedBy)).ToList();
        var notes = (await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == caseId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(n => n.Id).Select(n => new CaseNote(n.Id, n.CreatedAt, n.CreatedBy, n.Text)).ToList();
        var tasks = (await db.CaseTasks.AsNoTracking().Where(t => t.CaseId == caseId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(t => t.DoneOn is null ? 0 : 1).ThenBy(t => t.DueOn ?? DateOnly.MaxValue).ThenBy(t => t.Id)
            .Select(t => new CaseTask(t.Id, t.Title, t.AssignedTo, t.AgencyId is { } a ? agencies.GetValueOrDefault(a) : null, t.DueOn, t.DoneOn, t.Outcome,
                t.DueOn is { } due ? new Deadline(due, t.DoneOn).StatusOn(today) : null, t.Kind)).ToList();

        var assessmentRows = (await db.RiskAssessments.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(r => r.AssessedOn).ThenBy(r => r.Id).ToList();
        var scores = assessmentRows.Select(Rescore).ToList();
        var history = RiskHistory.Of(scores);
        var assessments = assessmentRows.Select((r, i) => new CaseRiskAssessment(r.Id, r.Assessor, Name(r.PersonId), Answers(r), history[i])).ToList();

        var interventionRows = await db.Interventions.AsNoTracking().Include(i => i.Breaches).Where(i => i.CaseId == caseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var cores = interventionRows.OrderBy(i => i.IssuedOn).ThenBy(i => i.Id).Select(ToCore).ToList();
        var issues = InterventionRules.Check(cores).ToLookup(i => i.InterventionId, i => i.Message);
        var expiring = InterventionRules.Expiring(cores, today, configuration.Settings.ExpiringWithinDays).Select(i => i.Id).ToHashSet();
        string Subject(string subject) => subject.StartsWith("person:", StringComparison.Ordinal) && long.TryParse(subject.AsSpan(7), out var pid) ? Name(pid) ?? "a person" : subject;
        var interventions = cores.Select(c => new CaseIntervention(long.Parse(c.Id, System.Globalization.CultureInfo.InvariantCulture), c.Power, Subject(c.Subject), c.IssuedOn,
            agencies.GetValueOrDefault(long.Parse(c.IssuingAgency, System.Globalization.CultureInfo.InvariantCulture)) ?? "",
            c.Conditions, c.ComplyBy, c.ExpiresOn, c.Breaches, expiring.Contains(c.Id), issues[c.Id].ToList())).ToList();

        var reviewRows = await db.CaseReviews.AsNoTracking().Include(r => r.Complaints).Where(r => r.CaseId == caseId).OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var reviewIds = reviewRows.Select(r => r.Id).ToList();
        var appeals = (await db.CaseReviewAppeals.AsNoTracking().Where(a => reviewIds.Contains(a.ReviewId)).OrderBy(a => a.ReceivedOn).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(a => a.ReviewId);
        var reviews = reviewRows.Select(r => Summary(r, Name(r.ApplicantId), appeals[r.Id])).ToList();
        var repeats = await RepeatsAsync(db, row, casePeople, cancellationToken).ConfigureAwait(false);
        var panelReferrals = await Panel.VulnerabilityPanel.ForCaseAsync(db, row, agencies, Name, cancellationToken).ConfigureAwait(false);
        var agenda = await Panel.VulnerabilityPanel.AgendaForCaseAsync(db, caseId, cancellationToken).ConfigureAwait(false);
        var panelActions = agenda.SelectMany(a => a.Actions.Select(x => Panel.VulnerabilityPanel.ToAction(x, agencies, today))).ToList();

        var timeline = new List<CaseTimelineEntry> { new(row.OpenedOn, "Opened", $"Case opened by {row.LeadOfficer ?? "an officer"} ({agencies.GetValueOrDefault(row.LeadAgencyId)})") };
        timeline.AddRange(casePeople.Select(p => new CaseTimelineEntry(p.AddedOn, "Person", $"{p.Name} added as {p.Role.ToLowerInvariant()}")));
        timeline.AddRange(incidents.Select(i => new CaseTimelineEntry(i.OccurredOn, "Incident", (i.OccurredAt is null ? "" : i.OccurredAt + " ") + i.Description + (i.Reference is null ? "" : $" (ref. {i.Reference})"))));
        timeline.AddRange(notes.Select(n => new CaseTimelineEntry(DateOnly.FromDateTime(Core.Periods.UkTime.FromInstant(n.At)), "Note", n.Text)));
        timeline.AddRange(assessments.Select(a => new CaseTimelineEntry(a.History.Score.AssessedOn, "Risk assessment", $"{a.History.Words} Assessed by {a.Assessor}.")));
        timeline.AddRange(interventions.Select(i => new CaseTimelineEntry(i.IssuedOn, "Intervention", $"{i.Power.Title} ({i.Power.Abbreviation}) given to {i.Subject} by {i.IssuingAgency}")));
        timeline.AddRange(interventions.SelectMany(i => i.Breaches.Select(b => new CaseTimelineEntry(b.On, "Breach", $"Breach of the {i.Power.Name} in incident {b.IncidentReference}"))));
        timeline.AddRange(tasks.Where(t => t.DoneOn is not null).Select(t => new CaseTimelineEntry(t.DoneOn!.Value, "Task done", t.Title + (t.Outcome is null ? "" : ": " + t.Outcome))));
        timeline.AddRange(reviews.Select(r => new CaseTimelineEntry(r.ReceivedOn, "Case Review", $"ASB Case Review application {r.Reference} received. {r.ThresholdSummary}")));
        timeline.AddRange(panelReferrals.Select(r => new CaseTimelineEntry(r.ReferredOn, "Panel referral",
            $"{r.Reference}: {(r.PersonName is null ? "the case" : $"{r.PersonName} ({r.Subject.ToLowerInvariant()})")} referred to the Vulnerability Panel by {r.ReferredBy} ({r.ReferringAgency}). {Panel.PanelConsent.Describe(r.Consent)}.")));
        timeline.AddRange(panelReferrals.Where(r => r.Status == Panel.PanelStatuses.Declined && r.ClosedOn is not null)
            .Select(r => new CaseTimelineEntry(r.ClosedOn!.Value, "Panel referral", $"{r.Reference} declined by the panel: {r.DeclinedReason}")));
        var gb = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        foreach (var (meeting, item, actions) in agenda)
        {
            timeline.Add(new CaseTimelineEntry(meeting.MeetsOn, "Panel meeting",
                $"On the Vulnerability Panel's agenda (chair {meeting.Chair})." + (item.Decisions is null ? "" : " Decisions: " + Sentence(item.Decisions)) + (item.Outcome is null ? "" : " Outcome: " + Sentence(item.Outcome))));
            timeline.AddRange(actions.Select(a => new CaseTimelineEntry(meeting.MeetsOn, "Panel action",
                $"{agencies.GetValueOrDefault(a.OwnerAgencyId)}: {a.Action}" + (a.DueOn is { } due ? $" (due {due.ToString("d MMM yyyy", gb)})" : "")
                + (a.Status == Panel.PanelStatuses.ActionOpen ? "" : $"; {Panel.PanelStatuses.Describe(a.Status).ToLowerInvariant()}" + (a.DoneOn is { } d ? " " + d.ToString("d MMM yyyy", gb) : "")))));
        }
        timeline.AddRange(await DocumentTimelineAsync(db, caseId, cancellationToken).ConfigureAwait(false));
        if (row.ClosedOn is { } closed) timeline.Add(new CaseTimelineEntry(closed, "Closed", "Case closed: " + row.Outcome));

        Audit(db, user, AuditActions.CaseViewed, caseId, null, row.Reference, "case " + Id(caseId), $"{casePeople.Select(p => p.Id).Distinct().Count()} people shown");
        foreach (var p in casePeople.DistinctBy(p => p.Id)) Audit(db, user, AuditActions.CasePersonViewed, caseId, p.Id, row.Reference, "person " + Id(p.Id), "read on the case page");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        return new CaseDetail(row.Id, row.Reference, row.CaseType, row.Status, row.Outcome, row.LeadAgencyId, agencies.GetValueOrDefault(row.LeadAgencyId) ?? "", row.LeadOfficer,
            partners.Select(p => agencies.GetValueOrDefault(p) ?? "").Order(StringComparer.Ordinal).ToList(), row.Location, row.Ward, row.Lsoa, row.Summary, row.OpenedOn, row.ClosedOn, row.Demo,
            casePeople, incidents, notes, tasks, assessments, RiskHistory.Reassessment(scores, today), interventions, reviews, repeats,
            panelReferrals, panelActions, timeline.OrderByDescending(t => t.On).ToList());
    }

    /// <summary>The text ended with a full stop unless it ends with punctuation already.</summary>
    private static string Sentence(string text) => text.Length > 0 && char.IsPunctuation(text[^1]) ? text : text + ".";

    private static int CaseRolesOrder(string role) => CaseRoles.All.ToList().IndexOf(role) is var i and >= 0 ? i : 99;

    private static Dictionary<string, string> Answers(RiskAssessmentRow row) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(row.Answers) ?? [];

    /// <summary>
    /// A kept assessment's score with its reasons and actions: scored again through today's matrix when that gives the
    /// total and level kept; otherwise (the matrix has changed since) the kept figures, saying so.
    /// </summary>
    private RiskScore Rescore(RiskAssessmentRow row)
    {
        var level = Enum.Parse<RiskLevel>(row.Level);
        var raised = row.RaisedTo is null ? (RiskLevel?)null : Enum.Parse<RiskLevel>(row.RaisedTo);
        if (configuration.Matrix is { } matrix)
        {
            var again = matrix.Score(new RiskAssessment(row.AssessedOn, row.Assessor, Answers(row), raised, row.RaisedBecause), configuration.Calendar);
            if (again.Total == row.Score && again.Level == level && again.Problems.Count == 0) return again with { ReassessBy = row.ReassessBy };
        }
        return new RiskScore(row.AssessedOn, row.Score, row.MaxScore, level, level,
            [$"The score was {row.Score} of {row.MaxScore}: {RiskAssessmentWords.Level(level)}, against the matrix in use then (it has changed since)."], [], [], [], row.ReassessBy);
    }

    private CaseReviewSummary Summary(CaseReviewRow r, string? applicant, IEnumerable<CaseReviewAppealRow> appeals)
    {
        var settings = configuration.Settings.CaseReview;
        var complaints = r.Complaints.OrderBy(c => c.Id).Select(c => CaseReviewThreshold.Judge(r.ReceivedOn, new Complaint(c.ReportedOn, c.BehaviourOn, c.Agency), settings)).ToList();
        var application = new CaseReviewApplication(r.Reference, r.ReceivedOn)
        {
            AcknowledgedOn = r.AcknowledgedOn,
            ThresholdDecidedOn = r.ThresholdDecidedOn,
            ThresholdMet = r.ThresholdMet,
            ReviewHeldOn = r.ReviewHeldOn,
            OutcomeSentOn = r.OutcomeSentOn,
            Recommendations = r.Recommendations,
        };
        return new CaseReviewSummary(r.Id, r.Reference, r.ReceivedOn, applicant, r.OnBehalf, r.Consent, r.Qualifying, r.ThresholdSummary, r.ThresholdMet, r.Decision,
            complaints, CaseReviewTimescales.For(application, settings, configuration.Calendar),
            appeals.Select(a => new CaseReviewAppeal(a.Id, a.ReceivedOn, a.Grounds, a.Decision, a.Reasons, a.DecidedOn, a.DecidedBy, a.RecordedBy)).ToList());
    }
}
