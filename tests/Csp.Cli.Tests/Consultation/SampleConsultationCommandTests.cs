using System.Text.Json;
using Csp.Cli.Tests.Infrastructure;
using Csp.Testing;

namespace Csp.Cli.Tests.Consultation;

/// <summary>
/// The sample consultation as <c>csp import sample</c> loads it: seed 001's survey of the Dartford and Gravesham CSP,
/// compared with the ONS figures of its two districts, and its community concern in the priorities of <c>csp assess</c>
/// for the CSP and for a district in it.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class SampleConsultationCommandTests(SampleDatabase sample)
{
    [Fact]
    public async Task The_sample_import_loads_seed_001s_survey_of_the_partnership_and_importing_again_changes_nothing()
    {
        var (exit, list) = await CspProcess.RunAsync("survey", "list", "--format", "json", "--database", sample.Path);
        var (_, again) = await CspProcess.RunAsync("import", "responses", Repository.Sample("consultation", "dg-csp-2013-responses.csv"), "--survey", "dg-csp-2013", "--database", sample.Path);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(list);
        var survey = json.RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "dg-csp-2013");
        Assert.Equal((456, "E22000352", true), (survey.GetProperty("responses").GetInt32(), survey.GetProperty("area").GetString(), survey.GetProperty("demo").GetBoolean()));
        Assert.Contains("Unchanged", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_compare_the_sample_with_the_ons_population_of_dartford_and_gravesham_with_weighted_tables()
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("survey", "results", "--survey", "dg-csp-2013", "--format", "json", "--database", sample.Path);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        var sex = root.GetProperty("representativeness").EnumerateArray().Single(c => c.GetProperty("characteristic").GetString() == "Sex");
        // Residents aged 16+ of E07000107 and E07000109 (ONS mid-2022): 84,863 men, 91,312 women; scipy.stats.chisquare([204, 239], shares x 443).
        Assert.Equal([84863.0, 91312], sex.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("residents").GetDouble()));
        Assert.Equal(0.7975185670003508, sex.GetProperty("chiSquare").GetDouble(), 9);
        Assert.Contains("Dartford and Gravesham", sex.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal(root.GetProperty("tables").GetArrayLength(), root.GetProperty("weighted").GetArrayLength());
        Assert.StartsWith("Weighted: raked to age", root.GetProperty("weightingNote").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("E22000352")]
    [InlineData("Gravesham")]
    public async Task Community_concern_from_the_survey_flows_into_the_priorities_and_the_notes_name_the_survey(string area)
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("assess", "--area", area, "--period", "2025-01..2025-09", "--baseline", "2022-01..2022-09", "--format", "json", "--database", sample.Path);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var priorities = json.RootElement.GetProperty("priorities").EnumerateArray().ToList();
        double? Concern(string category) => priorities.Single(p => p.GetProperty("category").GetString() == category).GetProperty("criteria").EnumerateArray()
            .Single(c => c.GetProperty("criterion").GetString() == "CommunityConcern").GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;
        // Seed 001, line 220: 390 of 449 rated reducing anti-social behaviour High; line 226: burglary 365 of 448.
        Assert.Equal(Math.Round(5 * 390 / 449.0, 2), Concern("Anti-social behaviour"));
        Assert.Equal(Math.Round(5 * 365 / 448.0, 2), Concern("Burglary"));
        var note = json.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).Single(n => n.StartsWith("Community concern from the public consultation", StringComparison.Ordinal));
        Assert.Contains("(dg-csp-2013, Dartford and Gravesham", note, StringComparison.Ordinal);
        Assert.Contains("456 responses", note, StringComparison.Ordinal);
        Assert.Contains("reconstructed", note, StringComparison.Ordinal);
    }
}
