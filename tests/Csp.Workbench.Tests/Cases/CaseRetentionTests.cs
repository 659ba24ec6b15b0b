using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Tests.Cases;

/// <summary>
/// The retention job on a real database of each kind (CaseWorld's today is 18 December 2025; six years' retention keeps
/// a case closed on 18 December 2019 and anonymises one closed the day before): what is removed (documents' content with it), what the statistics keep,
/// a person kept while another case needs them, the audit, and a second run that does nothing.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseRetentionTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Closed_cases_past_retention_are_anonymised_keeping_their_figures_and_people_still_on_a_kept_case_keep_their_record(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        // Old: closed 17 December 2019 (due). Edge: closed 18 December 2019 (kept, the last day of its six years). Open: kept.
        var (old, victim) = await world.CaseWithVictimAsync(officer);
        var perpetrator = (await world.Cases.AddPersonAsync(officer, old, new NewPerson(CaseRoles.Perpetrator, "Percy Example", Phone: "07700 900123"), default)).Id;
        await world.Cases.AddIncidentAsync(officer, old, new NewIncident(new DateOnly(2019, 6, 1), "21:30", "Percy Example shouted at Vera", ReportedById: victim), default);
        await world.Cases.AddNoteAsync(officer, old, "Vera says Percy lives at no. 14", default);
        var panel = world.Get<Csp.Workbench.Panel.VulnerabilityPanel>();
        var referral = (await panel.ReferAsync(officer, old, new Csp.Workbench.Panel.NewReferral(perpetrator, "Percy's dementia drives the shouting", Csp.Workbench.Panel.PanelConsent.NotSought,
            "Percy lacks capacity", CaseWorld.Today), default)).Id;
        var meeting = (await panel.ScheduleAsync(officer, new Csp.Workbench.Panel.NewPanelMeeting(CaseWorld.Today, "Chris Chair", null, [await world.AgencyIdAsync(CaseWorld.Council)]), default)).Id;
        var item = (await panel.AddToAgendaAsync(officer, meeting, referral, default)).Id;
        Assert.True((await panel.RecordAsync(officer, item, "Percy to see his GP", Csp.Workbench.Panel.PanelStatuses.ClosingOutcomes[2], default)).Done);
        Assert.True((await panel.AddActionAsync(officer, item, new Csp.Workbench.Panel.NewPanelAction(await world.AgencyIdAsync(CaseWorld.Council), "Visit Percy at no. 14", null), default)).Done);
        var document = await world.Cases.UploadDocumentAsync(officer, old, "Vera's diary.txt", new MemoryStream("12 May: music until 3am"u8.ToArray()), default);
        Assert.True(document.Done, string.Join("; ", document.Errors));
        var (edge, _) = await world.CaseWithVictimAsync(officer, location: "1 Sample Street");
        var (open, _) = await world.CaseWithVictimAsync(officer, location: "2 Sample Street");
        await world.Cases.AddPersonAsync(officer, open, new NewPerson(CaseRoles.Witness, null, ExistingPersonId: victim), default);
        Assert.True((await world.Cases.CloseAsync(officer, old, "Resolved", default)).Done);
        Assert.True((await world.Cases.CloseAsync(officer, edge, "Resolved", default)).Done);
        await using (var db = world.Database.CreateContext())
        {
            await db.AsbCases.Where(c => c.Id == old).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosedOn, new DateOnly(2019, 12, 17)));
            await db.AsbCases.Where(c => c.Id == edge).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosedOn, new DateOnly(2019, 12, 18)));
        }

        var dry = await world.Cases.ApplyRetentionAsync("retention", dryRun: true, default);
        var done = await world.Cases.ApplyRetentionAsync("retention", dryRun: false, default);
        var again = await world.Cases.ApplyRetentionAsync("retention", dryRun: false, default);

        Assert.Equal(new DateOnly(2019, 12, 17), done.Cutoff);
        Assert.Equal(6, done.RetentionYears);
        Assert.True(dry.DryRun);
        Assert.Single(dry.Cases);
        Assert.Equal(dry.Cases, done.Cases);
        // Percy is on the old case only; Vera is also a witness on the open case, so her record is kept.
        Assert.Equal(1, done.People);
        Assert.Empty(again.Cases);
        Assert.Equal(0, again.People);
        Assert.Null(await world.Cases.DownloadDocumentAsync(officer, old, document.Id, default));

        await using (var db = world.Database.CreateContext())
        {
            var oldRow = await db.AsbCases.AsNoTracking().SingleAsync(c => c.Id == old);
            Assert.Null(oldRow.Location);
            Assert.Null(oldRow.Summary);
            Assert.Equal(CaseWorld.Today, oldRow.AnonymisedOn);
            // What the statistics count is kept.
            Assert.Equal("Neighbour nuisance", oldRow.CaseType);
            Assert.Equal("Resolved", oldRow.Outcome);
            Assert.Equal("Pelham", oldRow.Ward);
            var incident = await db.CaseIncidents.AsNoTracking().SingleAsync(i => i.CaseId == old);
            Assert.Equal(AsbCases.Removed, incident.Description);
            Assert.Null(incident.ReportedById);
            Assert.Equal(new DateOnly(2019, 6, 1), incident.OccurredOn);
            Assert.All(await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == old).ToListAsync(), n => Assert.Equal(AsbCases.Removed, n.Text));
            // The panel's texts go; its status, outcome and dates stay.
            var panelReferral = await db.PanelReferrals.AsNoTracking().SingleAsync();
            Assert.Equal((AsbCases.Removed, (string?)null, (long?)null), (panelReferral.Reason, panelReferral.LawfulBasis, panelReferral.PersonId));
            Assert.Equal((Csp.Workbench.Panel.PanelStatuses.Closed, "Referred to adult social care"), (panelReferral.Status, panelReferral.Outcome));
            Assert.Null((await db.PanelAgendaItems.AsNoTracking().SingleAsync()).Decisions);
            Assert.Equal(AsbCases.Removed, (await db.PanelActions.AsNoTracking().SingleAsync()).Action);
            // The document's content, hash and name go; its kind and size stay.
            var kept = await db.CaseDocuments.AsNoTracking().SingleAsync(d => d.Id == document.Id);
            Assert.Equal((AsbCases.Removed, (byte[]?)null, (string?)null, CaseWorld.Today, "TXT", 23L), (kept.FileName, kept.Content, kept.Sha256, kept.RemovedOn, kept.Kind, kept.SizeBytes));
            var percy = await db.People.AsNoTracking().SingleAsync(p => p.Id == perpetrator);
            Assert.Equal("Removed under retention", percy.Name);
            Assert.Null(percy.Phone);
            var vera = await db.People.AsNoTracking().SingleAsync(p => p.Id == victim);
            Assert.Equal("Vera Victim", vera.Name);
            Assert.Null(vera.AnonymisedOn);
            // The edge case and the open case keep everything.
            Assert.Equal("1 Sample Street", (await db.AsbCases.AsNoTracking().SingleAsync(c => c.Id == edge)).Location);
            Assert.Null((await db.AsbCases.AsNoTracking().SingleAsync(c => c.Id == open)).AnonymisedOn);
            // One audit row for the case and one for Percy, by the job.
            var audit = await db.AuditLog.AsNoTracking().Where(a => a.Action == AuditActions.CaseRetention).ToListAsync();
            Assert.Equal(2, audit.Count);
            Assert.All(audit, a => Assert.Equal("retention", a.UserName));
            Assert.Contains(audit, a => a.CaseId == old && a.Record == "case");
            Assert.Contains(audit, a => a.PersonId == perpetrator && a.Record == "person");
        }
    }
}

/// <summary>The audit log reviewed per person, across cases ("who looked at this victim's record"), and per case.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PersonAuditTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_read_and_change_of_a_persons_record_is_found_by_the_person_on_every_case(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var (first, victim) = await world.CaseWithVictimAsync(officer);
        var (second, other) = await world.CaseWithVictimAsync(officer, location: "3 Sample Street");
        await world.Cases.AddPersonAsync(officer, second, new NewPerson(CaseRoles.Witness, null, ExistingPersonId: victim), default);
        await world.Cases.GetAsync(officer, first, default);
        await world.Cases.GetAsync(CaseWorld.Officer(name: "another.officer"), second, default);
        var audit = world.Get<AuditTrail>();

        var forVictim = (await audit.ReadAsync(null, null, null, victim, 1, default)).Entries;
        var forSecond = (await audit.ReadAsync(null, null, second, null, 1, default)).Entries;

        // Added to the first case, added to the second, read on each (by two officers): newest first, each naming its case.
        Assert.Equal(4, forVictim.Count);
        Assert.All(forVictim, e => Assert.Equal(victim, e.PersonId));
        Assert.Equal([second, first, second, first], forVictim.Select(e => e.CaseId!.Value));
        Assert.Equal(["another.officer", "c.officer", "c.officer", "c.officer"], forVictim.Select(e => e.UserName));
        Assert.Equal([AuditActions.CasePersonViewed, AuditActions.CasePersonViewed, AuditActions.CaseChanged, AuditActions.CaseChanged], forVictim.Select(e => e.Action));
        Assert.DoesNotContain(forVictim, e => e.PersonId == other);
        Assert.All(forSecond, e => Assert.Equal(second, e.CaseId));
        Assert.Contains(forSecond, e => e.PersonId == other);
    }
}
