using System.Text.Json;
using Csp.Testing;

namespace Csp.Cli.Tests.Cases;

/// <summary><c>csp case retention</c>: the JSON contract's fields, and a dry run that changes nothing on a new database.</summary>
public sealed class CaseRetentionCommandTests
{
    [Fact]
    public async Task A_dry_run_prints_the_contracts_fields_and_the_cutoff_six_years_and_a_day_back()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("csp-retention-").FullName, "cases.sqlite");
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("case", "retention", "--dry-run", "--format", "json", "--database", database);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        foreach (var field in new[] { "today", "retentionYears", "cutoff", "cases", "people", "dryRun" }) Assert.True(root.TryGetProperty(field, out _), field);
        Assert.True(root.GetProperty("dryRun").GetBoolean());
        Assert.Equal(6, root.GetProperty("retentionYears").GetInt32());
        var today = DateOnly.Parse(root.GetProperty("today").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(today.AddYears(-6).AddDays(-1), DateOnly.Parse(root.GetProperty("cutoff").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, root.GetProperty("cases").GetArrayLength());
    }
}
