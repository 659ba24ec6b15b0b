using System.Text.Json;
using Csp.Testing;

namespace Csp.Cli.Tests.Consultation;

/// <summary>
/// <c>csp import survey</c>, <c>csp import responses</c>, <c>csp survey list</c> and <c>csp survey results</c> on a fresh
/// SQLite file: the contract's JSON fields, the sample's tables equal to seed 001's counts
/// (shared/seeds/001_db4ec05eac61faa4.txt, line numbers below), and bad input named by file, line and field.
/// </summary>
public sealed class SurveyCommandTests
{
    private static readonly string Folder = Repository.Sample("consultation");

    private static async Task<string> SampleDatabaseAsync()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("csp-survey-").FullName, "csp.sqlite");
        var (exit, output) = await CspProcess.RunAsync("import", "survey", Path.Combine(Folder, "dg-csp-2013-survey.json"), "--database", database,
            "--themes", "other-priorities=" + Path.Combine(Folder, "themes-other-priorities.csv"), "--concern", Path.Combine(Folder, "community-concern-mapping.csv"));
        Assert.True(exit == 0, output);
        (exit, output) = await CspProcess.RunAsync("import", "responses", Path.Combine(Folder, "dg-csp-2013-responses.csv"), "--survey", "dg-csp-2013", "--database", database);
        Assert.True(exit == 0, output);
        Assert.Contains("read 456, added 456, duplicate 0, quarantined 0", output, StringComparison.Ordinal);
        return database;
    }

    [Fact]
    public async Task The_results_json_has_seed_001s_counts_with_bases_and_no_answer_apart()
    {
        var database = await SampleDatabaseAsync();

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("survey", "results", "--survey", "dg-csp-2013", "--format", "json", "--database", database);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var tables = json.RootElement.GetProperty("tables").EnumerateArray().ToList();
        // Lines 190-193: 440 answered; 408 yes, 16 no, 16 did not know.
        var agree = tables.Single(t => t.GetProperty("questionId").GetString() == "agree");
        Assert.Equal((440.0, 16.0), (agree.GetProperty("answered").GetDouble(), agree.GetProperty("noAnswer").GetDouble()));
        Assert.Equal(["Yes", "No", "Don't know"], agree.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("option").GetString()));
        Assert.Equal([408.0, 16, 16], agree.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("count").GetDouble()));
        Assert.Equal(100.0 * 408 / 440, agree.GetProperty("options")[0].GetProperty("percent").GetDouble(), 9);
        Assert.Equal("Do you feel the priorities we have identified for 2013-14 are the right ones?", agree.GetProperty("question").GetString());
        // Line 238: domestic abuse 236 / 174 / 36 of 446.
        var abuse = tables.Single(t => t.GetProperty("item").GetString() == "Tackling domestic abuse");
        Assert.Equal([236.0, 174, 36], abuse.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("count").GetDouble()));
        Assert.Equal("446 of 456 answered", abuse.GetProperty("base").GetString());
        // Lines 601-656: ethnicity, 442 answered, the seed's local additions kept as options.
        var ethnicity = tables.Single(t => t.GetProperty("questionId").GetString() == "ethnicity");
        Assert.Equal(442, ethnicity.GetProperty("answered").GetDouble());
        Assert.Equal(395, ethnicity.GetProperty("options")[0].GetProperty("count").GetDouble());
        Assert.Equal("Polish", ethnicity.GetProperty("options")[15].GetProperty("option").GetString());
        Assert.Equal(81, json.RootElement.GetProperty("themes")[0].GetProperty("comments").GetInt32());
        Assert.Equal("Anti-social behaviour", json.RootElement.GetProperty("communityConcern")[0].GetProperty("category").GetString());
        // No postcode anywhere in a public output.
        Assert.DoesNotContain(tables, t => t.GetProperty("questionId").GetString() == "postcode");
    }

    [Fact]
    public async Task The_table_and_csv_show_n_and_percent_and_the_list_counts_responses()
    {
        var database = await SampleDatabaseAsync();

        var (_, table) = await CspProcess.RunAsync("survey", "results", "--survey", "dg-csp-2013", "--database", database);
        var (_, csv) = await CspProcess.RunAsync("survey", "results", "--survey", "dg-csp-2013", "--format", "csv", "--database", database);
        var (_, list) = await CspProcess.RunAsync("survey", "list", "--format", "json", "--database", database);

        Assert.Contains("408 (92.7%)", table, StringComparison.Ordinal);  // the seed prints 93.0%: computed, not copied
        Assert.Contains("440 of 456 answered; no answer 16", table, StringComparison.Ordinal);
        Assert.Contains("dg-csp-2013,false,priority,What level of priority do you feel each of the following should be given?,Reducing burglary,High,365,", csv, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(list);
        var survey = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(("dg-csp-2013", 456, "2013-01-07", "2013-02-15"), (survey.GetProperty("id").GetString(), survey.GetProperty("responses").GetInt32(),
            survey.GetProperty("opens").GetString(), survey.GetProperty("closes").GetString()));
    }

    [Fact]
    public async Task Bad_responses_are_named_by_file_line_and_column_and_a_bad_definition_by_its_path()
    {
        var database = await SampleDatabaseAsync();
        var folder = Directory.CreateTempSubdirectory("csp-survey-bad-").FullName;
        var responses = Path.Combine(folder, "export.csv");
        await File.WriteAllTextAsync(responses, "Response ID,agree,gender\nX1,Yes,Female\nX2,Yes,Robot\n");
        var definition = Path.Combine(folder, "survey.json");
        await File.WriteAllTextAsync(definition, """{ "id": "x", "title": "X", "opens": "2025-01-01", "closes": "2025-13-01", "questions": [ { "id": "q", "kind": "maybe", "text": "Q?" } ] }""");

        var (exit, output) = await CspProcess.RunAsync("import", "responses", responses, "--survey", "dg-csp-2013", "--database", database);
        var (rejected, message) = await CspProcess.RunAsync("import", "survey", definition, "--database", database);

        Assert.Equal(0, exit);
        Assert.Contains("read 2, added 1, duplicate 0, quarantined 1", output, StringComparison.Ordinal);
        Assert.Contains("export.csv, line 3, field 'gender'", output, StringComparison.Ordinal);
        Assert.Equal(2, rejected);
        Assert.Contains("field '$.closes'", message, StringComparison.Ordinal);
        Assert.Contains("field '$.questions[0].kind'", message, StringComparison.Ordinal);
    }
}
