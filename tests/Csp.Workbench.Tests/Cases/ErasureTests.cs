using Csp.Core.Cases.Interventions;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Tests.Cases;

/// <summary>
/// Erasure on request on a real database of each kind: refused while the person is on an open case and while a CPN given
/// to them is in force (each reason given), allowed once the case is closed and the notice ended; it anonymises the person
/// and their case as retention does, keeps what the statistics count and the other person's record, is audited, and a
/// second request changes nothing.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ErasureTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Erasure_is_refused_with_reasons_while_a_case_is_open_and_an_order_in_force_then_done_once_and_audited(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var admin = new Actor("dpo.admin", "127.0.0.1");
        var (id, victim) = await world.CaseWithVictimAsync(officer);
        var percy = (await world.Cases.AddPersonAsync(officer, id, new NewPerson(CaseRoles.Perpetrator, "Percy Example", Phone: "07700 900123"), default)).Id;
        await world.Cases.AddIncidentAsync(officer, id, new NewIncident(new DateOnly(2025, 6, 1), null, "Percy played music all night", victim), default);
        Assert.True((await world.Cases.AddInterventionAsync(officer, id, new NewIntervention(InterventionType.CommunityProtectionWarning, percy, null, new DateOnly(2025, 6, 2), null, ["Stop"], new DateOnly(2025, 6, 16), new DateOnly(2025, 9, 1)), default)).Done);
        Assert.True((await world.Cases.AddInterventionAsync(officer, id, new NewIntervention(InterventionType.CommunityProtectionNotice, percy, null, new DateOnly(2025, 7, 1), null, ["No amplified music"], null, null), default)).Done);
        var reference = (await world.Cases.GetAsync(officer, id, default))!.Reference;

        var open = await world.Cases.EraseAsync(admin, percy, dryRun: false, default);

        Assert.False(open!.Allowed);
        Assert.False(open.Erased);
        Assert.Equal(
        [
            $"{reference} is open and the person is on it (Perpetrator): close the case first.",
            $"The Community Protection Notice (CPN) given to the person on 1 July 2025 ({reference}) is in force with no end date recorded (record its end if it has ended).",
        ], open.Reasons);

        Assert.True((await world.Cases.CloseAsync(officer, id, "Resolved by enforcement", default)).Done);
        await using (var db = world.Database.CreateContext())
            await db.Interventions.Where(i => i.CaseId == id && i.InterventionType == nameof(InterventionType.CommunityProtectionNotice))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresOn, new DateOnly(2025, 12, 17)));
        var dry = await world.Cases.EraseAsync(admin, percy, dryRun: true, default);
        var done = await world.Cases.EraseAsync(admin, percy, dryRun: false, default);
        var again = await world.Cases.EraseAsync(admin, percy, dryRun: false, default);

        Assert.True(dry!.Allowed);
        Assert.True(dry.DryRun);
        Assert.False(dry.Erased);
        Assert.Equal([reference], dry.Cases);
        Assert.True(done!.Erased);
        Assert.False(done.AlreadyErased);
        Assert.Empty(done.Reasons);
        Assert.Equal([reference], done.Cases);
        Assert.True(again!.Erased);
        Assert.True(again.AlreadyErased);
        Assert.Empty(again.Cases);
        Assert.Null(await world.Cases.EraseAsync(admin, 999_999, dryRun: false, default));

        await using var check = world.Database.CreateContext();
        var person = await check.People.AsNoTracking().SingleAsync(p => p.Id == percy);
        Assert.Equal((AsbCases.ErasedPersonName, (string?)null, CaseWorld.Today), (person.Name, person.Phone, person.AnonymisedOn));
        var row = await check.AsbCases.AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.Equal((CaseWorld.Today, (string?)null, "Resolved by enforcement", "Pelham"), (row.AnonymisedOn, row.Location, row.Outcome, row.Ward));
        Assert.Equal(AsbCases.RemovedOnRequest, (await check.CaseIncidents.AsNoTracking().SingleAsync(i => i.CaseId == id)).Description);
        // The interventions' types and dates stay for the statistics; the victim, who did not ask, keeps her record.
        Assert.Equal(2, await check.Interventions.CountAsync(i => i.CaseId == id && i.Conditions == null));
        Assert.Equal("Vera Victim", (await check.People.AsNoTracking().SingleAsync(p => p.Id == victim)).Name);
        var audit = await check.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.PersonErased || e.Action == AuditActions.PersonErasureRefused).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditActions.PersonErasureRefused, AuditActions.PersonErased, AuditActions.PersonErased], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal("dpo.admin", e.UserName));
        Assert.Equal((percy, (long?)null), (audit[1].PersonId!.Value, audit[1].CaseId));
        Assert.Equal($"erased on request with 1 case(s) anonymised: {reference}", audit[1].Detail);
        Assert.Equal(id, audit[2].CaseId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Erasure_is_refused_while_the_person_is_on_an_open_panel_referral_and_allowed_once_the_panel_declines_it(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var admin = new Actor("dpo.admin", "127.0.0.1");
        var panel = world.Get<Csp.Workbench.Panel.VulnerabilityPanel>();
        var (id, victim) = await world.CaseWithVictimAsync(officer);
        var referral = await panel.ReferAsync(officer, id, new Csp.Workbench.Panel.NewReferral(victim, "Isolated and targeted", Csp.Workbench.Panel.PanelConsent.Given, null, CaseWorld.Today), default);
        Assert.True(referral.Done, string.Join("; ", referral.Errors));
        // Closing the case does not close the referral: the panel still holds it.
        Assert.True((await world.Cases.CloseAsync(officer, id, "Resolved", default)).Done);
        var reference = (await world.Cases.GetAsync(officer, id, default))!.Reference;
        string panelReference;
        await using (var db = world.Database.CreateContext()) panelReference = await db.PanelReferrals.Where(r => r.Id == referral.Id).Select(r => r.Reference).SingleAsync();

        var refused = await world.Cases.EraseAsync(admin, victim, dryRun: false, default);

        Assert.False(refused!.Allowed);
        Assert.Equal([$"The person's referral to the Vulnerability Panel {panelReference} ({reference}, referred 18 December 2025) is still open: the panel has not closed or declined it."], refused.Reasons);
        Assert.True((await panel.DeclineAsync(officer, referral.Id, "Support already in place through adult social care", default)).Done);
        var done = await world.Cases.EraseAsync(admin, victim, dryRun: false, default);
        Assert.True(done!.Erased);
        await using var check = world.Database.CreateContext();
        Assert.Equal(AsbCases.ErasedPersonName, (await check.People.AsNoTracking().SingleAsync(p => p.Id == victim)).Name);
        var row = await check.PanelReferrals.AsNoTracking().SingleAsync(r => r.Id == referral.Id);
        Assert.Equal((AsbCases.RemovedOnRequest, (long?)null, (string?)null), (row.Reason, row.PersonId, row.DeclinedReason));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Erasure_is_refused_while_a_case_review_is_in_progress_and_again_while_an_appeal_against_its_outcome_is_undecided(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var admin = new Actor("dpo.admin", "127.0.0.1");
        var (id, victim) = await world.CaseWithVictimAsync(officer);
        var received = new DateOnly(2025, 9, 1);
        var applied = await world.Cases.ApplyForReviewAsync(officer, id, received, victim, false, true, [new Core.Cases.CaseReview.Complaint(new DateOnly(2025, 8, 1), new DateOnly(2025, 7, 30), "Council")], default);
        Assert.True(applied.Done, string.Join("; ", applied.Errors));
        Assert.True((await world.Cases.CloseAsync(officer, id, "Resolved", default)).Done);
        var detail = (await world.Cases.GetAsync(officer, id, default))!;
        var review = Assert.Single(detail.Reviews).Reference;

        Assert.Equal([$"The person's ASB Case Review application {review} on {detail.Reference} (received 1 September 2025) is still in progress: its outcome letter is not sent."],
            (await world.Cases.EraseAsync(admin, victim, dryRun: true, default))!.Reasons);

        // Not appealable before there is an outcome; then the outcome letter, and an appeal against it.
        Assert.Equal(["The Case Review has no outcome yet to appeal against: record the threshold decision (not met) or the outcome letter first."],
            (await world.Cases.AppealReviewAsync(officer, id, applied.Id, new DateOnly(2025, 10, 1), "Not listened to", default)).Errors);
        Assert.True((await world.Cases.DecideReviewAsync(officer, id, applied.Id, new CaseReviewProgress(new DateOnly(2025, 9, 3), new DateOnly(2025, 9, 10), true, new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 6), 2, "Recommendations to the housing provider"), default)).Done);
        Assert.True((await world.Cases.EraseAsync(admin, victim, dryRun: true, default))!.Allowed);
        Assert.Equal(["The appeal cannot be received before the outcome it is against (6 October 2025)."],
            (await world.Cases.AppealReviewAsync(officer, id, applied.Id, new DateOnly(2025, 10, 1), "Not listened to", default)).Errors);
        var appeal = await world.Cases.AppealReviewAsync(officer, id, applied.Id, new DateOnly(2025, 10, 20), "The review did not consider the noise diary", default);
        Assert.True(appeal.Done, string.Join("; ", appeal.Errors));
        Assert.Equal(["An appeal on this Case Review is not yet decided: record its decision first."],
            (await world.Cases.AppealReviewAsync(officer, id, applied.Id, new DateOnly(2025, 10, 21), "Again", default)).Errors);

        Assert.Equal([$"An appeal against the outcome of ASB Case Review {review} on {detail.Reference} (received 20 October 2025) is not yet decided."],
            (await world.Cases.EraseAsync(admin, victim, dryRun: false, default))!.Reasons);

        Assert.Equal(["Say how the appeal is decided: Upheld, Partly upheld, Not upheld.", "Say who decided the appeal."],
            (await world.Cases.DecideAppealAsync(officer, id, appeal.Id, "Maybe", null, new DateOnly(2025, 11, 3), " ", default)).Errors);
        Assert.True((await world.Cases.DecideAppealAsync(officer, id, appeal.Id, CaseReviewAppeals.NotUpheld, "The diary was considered (minutes, item 3)", new DateOnly(2025, 11, 3), "Chair, Community Safety Partnership", default)).Done);
        var shown = Assert.Single(Assert.Single((await world.Cases.GetAsync(officer, id, default))!.Reviews).Appeals);
        Assert.Equal((new DateOnly(2025, 10, 20), "The review did not consider the noise diary", CaseReviewAppeals.NotUpheld, (DateOnly?)new DateOnly(2025, 11, 3), "Chair, Community Safety Partnership", "c.officer"),
            (shown.ReceivedOn, shown.Grounds, shown.Decision, shown.DecidedOn, shown.DecidedBy, shown.RecordedBy));

        Assert.True((await world.Cases.EraseAsync(admin, victim, dryRun: false, default))!.Erased);
        await using var check = world.Database.CreateContext();
        var kept = await check.CaseReviewAppeals.AsNoTracking().SingleAsync();
        // The applicant's words go with the erasure; the decision and its dates stay for the record.
        Assert.Equal((AsbCases.RemovedOnRequest, (string?)null, CaseReviewAppeals.NotUpheld, (DateOnly?)new DateOnly(2025, 11, 3)), (kept.Grounds, kept.Reasons, kept.Decision, kept.DecidedOn));
        Assert.Equal(2, await check.AuditLog.CountAsync(e => e.Action == AuditActions.CaseChanged && e.PersonId == victim && e.Detail!.StartsWith("appeal ")));
    }
}
