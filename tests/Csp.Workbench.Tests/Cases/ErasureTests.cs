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
}
