using Csp.Core.Cases.Interventions;
using Csp.Core.Cases.SubjectAccess;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Tests.Cases;

/// <summary>
/// The subject access export on a real database of each kind: Vera is the victim on one case with another victim (Olive)
/// and a perpetrator (Percy); Wendy is the victim on a case Vera is not on. Vera's export holds her record, her case with
/// her role, its incident, note and task with the others' details withheld, her risk assessment, her Case Review
/// application and who read her record; it names neither Olive, Percy nor Wendy, and it is audited.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SubjectAccessTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_export_holds_the_persons_records_with_other_peoples_details_withheld_and_is_audited(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var (id, vera) = await world.CaseWithVictimAsync(officer);
        var olive = (await world.Cases.AddPersonAsync(officer, id, new NewPerson(CaseRoles.Victim, "Olive Neighbour", Address: "10 Example Road"), default)).Id;
        var percy = (await world.Cases.AddPersonAsync(officer, id, new NewPerson(CaseRoles.Perpetrator, "Percy Example", Address: "14 Example Road", Phone: "07700 900123"), default)).Id;
        Assert.True((await world.Cases.AddIncidentAsync(officer, id, new NewIncident(new DateOnly(2025, 12, 1), "22:15", "Percy Example shouted at Vera and Olive outside 14 Example Road", vera, null, "PC-1"), default)).Done);
        Assert.True((await world.Cases.AddIncidentAsync(officer, id, new NewIncident(new DateOnly(2025, 12, 2), null, "Music from no. 14 reported by Olive", olive), default)).Done);
        Assert.True((await world.Cases.AddNoteAsync(officer, id, "Vera at 12 Example Road is frightened; Percy's phone is 07700 900123", default)).Done);
        Assert.True((await world.Cases.AssessRiskAsync(officer, id, vera, new Dictionary<string, string> { ["Q1"] = "4 times or more" }, null, null, default)).Done);
        Assert.True((await world.Cases.AddInterventionAsync(officer, id, new NewIntervention(InterventionType.CommunityProtectionWarning, percy, null, new DateOnly(2025, 12, 3), null, ["No music after 23:00"], new DateOnly(2025, 12, 17), null), default)).Done);
        Assert.True((await world.Cases.ApplyForReviewAsync(officer, id, CaseWorld.Today, vera, false, true, [new(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 1), "Council")], default)).Done);
        var (other, wendy) = await world.CaseWithVictimAsync(officer, location: "3 Sample Street");
        await world.Cases.AddNoteAsync(officer, other, "Wendy Witherspoon called again", default);
        await using (var db = world.Database.CreateContext())
            await db.People.Where(p => p.Id == wendy).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Wendy Witherspoon"));
        await world.Cases.GetAsync(CaseWorld.Officer(name: "another.officer"), id, default);
        var admin = new Actor("dpo.admin", "127.0.0.1");

        var record = await world.Cases.SubjectAccessAsync(admin, vera, "json", default);

        Assert.NotNull(record);
        Assert.Equal("Vera Victim", record.Person.Name);
        Assert.Equal(new DateOnly(1950, 3, 1), record.Person.DateOfBirth);
        Assert.Equal("ZZ99 1ZZ", record.Person.Postcode);
        var c = Assert.Single(record.Cases);
        Assert.Equal(["Victim"], c.Roles);
        Assert.Equal(2, c.OtherPeople);
        Assert.Equal(2, record.WithheldPeople);
        Assert.Equal(["[withheld: third party] shouted at Vera and [withheld: third party] outside [withheld: third party]", "Music from no. 14 reported by [withheld: third party]"],
            c.Incidents.Select(i => i.Description));
        Assert.Equal(["You", ThirdPartyRedaction.Marker], c.Incidents.Select(i => i.ReportedBy));
        // Her own address stays whole though a third party's surname (Example) is inside it.
        Assert.Equal("Vera at 12 Example Road is frightened; [withheld: third party]'s phone is [withheld: third party]", Assert.Single(c.Notes).Text);
        var risk = Assert.Single(record.RiskAssessments);
        Assert.Equal("How often has the victim experienced this anti-social behaviour in the last 12 months?", Assert.Single(risk.Answers).Question);
        // The CPW was given to Percy, not to her.
        Assert.Empty(record.Interventions);
        Assert.Single(record.CaseReviews);
        // Added to the case by c.officer, then read by another officer (each read and change names her record).
        Assert.Equal(["c.officer", "c.officer", "c.officer", "c.officer", "another.officer"], record.AccessLog.Select(e => e.UserName));
        Assert.All(record.AccessLog, e => Assert.Equal(c.Reference, e.CaseReference));

        var html = System.Text.Encoding.UTF8.GetString((await world.Get<SubjectAccessExports>().RenderAsync(admin, vera, ReportFormat.Html, default))!.Content);
        Assert.Contains("Vera Victim", html, StringComparison.Ordinal);
        Assert.Contains(c.Reference, html, StringComparison.Ordinal);
        Assert.Contains("2 other people on these cases are not named", html, StringComparison.Ordinal);
        foreach (var name in new[] { "Olive", "Percy", "Wendy", "Witherspoon", "07700", "14 Example Road", "3 Sample Street" }) Assert.DoesNotContain(name, html, StringComparison.OrdinalIgnoreCase);

        await using var check = world.Database.CreateContext();
        var exports = await check.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.SubjectAccessExport).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, exports.Count);
        Assert.All(exports, e => Assert.Equal((vera, "dpo.admin"), (e.PersonId!.Value, e.UserName!)));
        Assert.Equal(["json", "html"], exports.Select(e => e.Detail!.Split('(', ')')[1].Split(' ').Last()));
        Assert.Null(await world.Cases.SubjectAccessAsync(admin, 999_999, "json", default));
    }
}
