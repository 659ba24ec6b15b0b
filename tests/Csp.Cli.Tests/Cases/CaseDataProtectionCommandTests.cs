using System.Text.Json;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench;
using Csp.Workbench.Accounts;
using Csp.Workbench.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Cli.Tests.Cases;

/// <summary>
/// <c>csp case subject-access</c> and <c>csp case erase</c>: the JSON contracts' fields, on a database holding one case
/// (a victim and a perpetrator), refused while it is open and done once closed.
/// </summary>
public sealed class CaseDataProtectionCommandTests
{
    private static async Task<(string Database, long Case, long Victim)> CaseAsync()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("csp-dp-").FullName, "cases.sqlite");
        var database = CspDatabase.Resolve(path, Repository.Root);
        await SchemaMigrator.MigrateAsync(database, default);
        var services = new ServiceCollection().AddCsp(_ => database, _ => Repository.Root).BuildServiceProvider();
        await using var _ = services;
        var cases = services.GetRequiredService<AsbCases>();
        var officer = new CaseUser("c.officer", "Community Safety Unit (council)", [Roles.CaseOfficer]);
        var id = (await cases.OpenAsync(officer, new NewCase("Noise", "12 Example Road", "Pelham", null, []), default)).Id;
        var victim = (await cases.AddPersonAsync(officer, id, new NewPerson(CaseRoles.Victim, "Vera Victim"), default)).Id;
        await cases.AddPersonAsync(officer, id, new NewPerson(CaseRoles.Perpetrator, "Percy Example"), default);
        await cases.AddIncidentAsync(officer, id, new NewIncident(cases.Today, null, "Percy Example played music", victim), default);
        return (path, id, victim);
    }

    [Fact]
    public async Task The_subject_access_json_has_the_contracts_fields_and_names_no_one_else()
    {
        var (database, _, victim) = await CaseAsync();

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("case", "subject-access", "--person", victim.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--format", "json", "--database", database);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        foreach (var field in new[] { "produced", "producedBy", "person", "cases", "riskAssessments", "interventions", "caseReviews", "accessLog", "withheldPeople", "redaction" })
            Assert.True(root.TryGetProperty(field, out _), field);
        Assert.Equal("Vera Victim", root.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal(1, root.GetProperty("withheldPeople").GetInt32());
        var c = root.GetProperty("cases")[0];
        foreach (var field in new[] { "reference", "caseType", "status", "roles", "otherPeople", "incidents", "notes", "tasks", "documents" }) Assert.True(c.TryGetProperty(field, out _), field);
        Assert.Equal("[withheld: third party] played music", c.GetProperty("incidents")[0].GetProperty("description").GetString());
        Assert.DoesNotContain("Percy", stdout, StringComparison.Ordinal);
        Assert.StartsWith("csp (", root.GetProperty("producedBy").GetString(), StringComparison.Ordinal);

        var missing = await CspProcess.RunSplitAsync("case", "subject-access", "--person", "999999", "--database", database);
        Assert.Equal(2, missing.Exit);
        var noOut = await CspProcess.RunSplitAsync("case", "subject-access", "--person", "1", "--format", "pdf", "--database", database);
        Assert.Equal(1, noOut.Exit);
    }

    [Fact]
    public async Task Erase_refuses_a_person_on_an_open_case_with_the_reason_and_its_json_has_the_contracts_fields()
    {
        var (database, _, victim) = await CaseAsync();
        var person = victim.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("case", "erase", "--person", person, "--format", "json", "--database", database);

        Assert.True(exit == 2, stdout + stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        foreach (var field in new[] { "personId", "today", "dryRun", "allowed", "erased", "alreadyErased", "reasons", "cases" }) Assert.True(root.TryGetProperty(field, out _), field);
        Assert.False(root.GetProperty("allowed").GetBoolean());
        Assert.False(root.GetProperty("erased").GetBoolean());
        Assert.EndsWith("is open and the person is on it (Victim): close the case first.", root.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);

        var dry = await CspProcess.RunSplitAsync("case", "erase", "--person", person, "--dry-run", "--database", database);
        Assert.Equal(0, dry.Exit);
        Assert.StartsWith($"Person {person} may not be erased:", dry.Stdout, StringComparison.Ordinal);
    }
}
