using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Csp.Cli.Tests.Infrastructure;
using Csp.Testing;

namespace Csp.Cli.Tests.Imports;

/// <summary>csp import, status and assess on files that break off or hold too few rows (issue 14, items 5 and 6).</summary>
[Collection(SampleCollection.Name)]
public sealed class ImportCommandTests(SampleDatabase sample)
{
    private static string FreshDatabase() => Path.Combine(Path.GetTempPath(), "csp-tests", $"{Guid.NewGuid():N}.sqlite");

    /// <summary>A copy of the sample database, for a test that changes it.</summary>
    private string CopyOfSample()
    {
        var copy = FreshDatabase();
        File.Copy(sample.Path, copy);
        return copy;
    }

    [Fact]
    public async Task A_truncated_gzip_exits_2_named_as_truncated_and_with_keep_partial_lands_with_its_month_marked_incomplete_in_status()
    {
        var database = FreshDatabase();
        var cut = CutFiles.Head(Path.Combine(Repository.SamplePoliceUk, "2025-07-kent-street.csv.gz"), 0.5);

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("import", "police-uk", cut, "--format", "json", "--database", database);

        Assert.True(exit == 2, $"exit {exit}: {stdout}{stderr}");
        using (var json = JsonDocument.Parse(stdout))
        {
            var file = json.RootElement.GetProperty("files")[0];
            Assert.Equal("Rejected", file.GetProperty("outcome").GetString());
            Assert.True(file.GetProperty("truncated").GetBoolean());
            Assert.Contains("truncated", file.GetProperty("issues")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        var (_, empty, _) = await CspProcess.RunSplitAsync("status", "--format", "json", "--database", database);
        using (var json = JsonDocument.Parse(empty)) Assert.Equal(0, json.RootElement.GetProperty("months").GetArrayLength());

        (exit, stdout, stderr) = await CspProcess.RunSplitAsync("import", "police-uk", cut, "--keep-partial", "--format", "json", "--database", database);

        Assert.True(exit == 0, $"exit {exit}: {stdout}{stderr}");
        var (_, status, _) = await CspProcess.RunSplitAsync("status", "--format", "json", "--database", database);
        using (var json = JsonDocument.Parse(status))
        {
            var month = Assert.Single(json.RootElement.GetProperty("months").EnumerateArray());
            Assert.Contains("--keep-partial", month.GetProperty("incomplete").GetString(), StringComparison.Ordinal);
            Assert.Equal("2025-07", json.RootElement.GetProperty("forces")[0].GetProperty("incompleteMonths")[0].GetString());
            Assert.Equal(1, json.RootElement.GetProperty("partialFiles").GetArrayLength());
        }
    }

    [Fact]
    public async Task A_month_of_55_rows_is_flagged_by_status_and_the_assessment_refuses_it_or_labels_every_finding_partial()
    {
        var database = CopyOfSample();
        // A later "release" of June 2025 with only its first 55 rows replaces the real month (16,000 rows) whole.
        var june = Path.Combine(PoliceFiles.TempDirectory(), "2025-06-kent-street.csv");
        using (var source = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(Repository.SamplePoliceUk, "2025-06-kent-street.csv.gz")), CompressionMode.Decompress)))
        {
            var lines = new List<string>();
            for (var i = 0; i < 56 && source.ReadLine() is { } line; i++) lines.Add(line);
            await File.WriteAllTextAsync(june, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        }
        var (imported, output) = await CspProcess.RunAsync("import", "police-uk", june, "--database", database);
        Assert.True(imported == 0, output);

        var (_, status, _) = await CspProcess.RunSplitAsync("status", "--format", "json", "--database", database);
        using (var json = JsonDocument.Parse(status))
        {
            var flagged = json.RootElement.GetProperty("months").EnumerateArray().Where(m => m.GetProperty("incomplete").ValueKind == JsonValueKind.String).ToList();
            var month = Assert.Single(flagged);
            Assert.Equal(("2025-06", 55L), (month.GetProperty("month").GetString(), month.GetProperty("rows").GetInt64()));
            Assert.StartsWith("55 rows, below 25% of ", month.GetProperty("incomplete").GetString(), StringComparison.Ordinal);
            Assert.Equal(["2025-06"], json.RootElement.GetProperty("forces")[0].GetProperty("incompleteMonths").EnumerateArray().Select(m => m.GetString()));
        }

        var (refused, _, refusal) = await CspProcess.RunSplitAsync("assess", "--area", "Gravesham", "--period", "2025-06..2025-06", "--baseline", "2025-05..2025-05",
            "--database", database);
        Assert.True(refused == 3, refusal);
        Assert.Contains("2025-06 is held but incomplete: 55 rows", refusal, StringComparison.Ordinal);

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("assess", "--area", "Gravesham", "--period", "2025-06..2025-06", "--baseline", "2025-05..2025-05",
            "--partial", "--format", "json", "--database", database);
        Assert.True(exit == 0, stderr);
        using (var json = JsonDocument.Parse(stdout))
        {
            Assert.True(json.RootElement.GetProperty("partial").GetBoolean());
            var missing = Assert.Single(json.RootElement.GetProperty("missingMonths").EnumerateArray());
            Assert.StartsWith("55 rows", missing.GetProperty("incomplete").GetString(), StringComparison.Ordinal);
            var findings = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetString()!).ToList();
            Assert.NotEmpty(findings);
            Assert.All(findings, f => Assert.StartsWith("Partial data: ", f, StringComparison.Ordinal));
            Assert.Contains("held but incomplete", json.RootElement.GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
        }
    }
}
