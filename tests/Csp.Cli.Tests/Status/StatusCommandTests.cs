using System.Text.Json;
using Csp.Testing;
using Csp.Cli.Tests.Infrastructure;

namespace Csp.Cli.Tests.Status;

[Collection(SampleCollection.Name)]
public sealed class StatusCommandTests(SampleDatabase sample)
{
    [Fact]
    public async Task Status_json_lists_every_force_month_with_its_rows_and_the_months_missing_inside_the_range()
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("status", "--format", "json", "--database", sample.Path);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var months = json.RootElement.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(23, months.Count);
        Assert.All(months, m => Assert.Equal("Kent Police", m.GetProperty("force").GetString()));
        var january = months.Single(m => m.GetProperty("month").GetString() == "2022-01");
        Assert.Equal(PoliceFiles.CountRows(Path.Combine(Repository.SamplePoliceUk, "2022-01-kent-street.csv.gz")), january.GetProperty("rows").GetInt64());
        var kent = json.RootElement.GetProperty("forces").EnumerateArray().Single();
        var missing = kent.GetProperty("missingMonths").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Equal(25, missing.Count); // 2022-12 .. 2024-12
        Assert.Equal("2022-12", missing[0]);
        Assert.Equal("2024-12", missing[^1]);
        Assert.Equal(months.Sum(m => m.GetProperty("rows").GetInt64()), json.RootElement.GetProperty("streetRecords").GetInt64());
        Assert.True(json.RootElement.GetProperty("areas").GetProperty("District").GetInt64() >= 300);
        Assert.Contains(json.RootElement.GetProperty("populationYears").EnumerateArray(), p => p.GetProperty("year").GetInt32() == 2022);
    }

    [Fact]
    public async Task Importing_the_sample_a_second_time_adds_nothing()
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("import", "sample", "--format", "json", "--database", sample.Path);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.All(json.RootElement.GetProperty("files").EnumerateArray(), f =>
        {
            Assert.Equal("Unchanged", f.GetProperty("outcome").GetString());
            Assert.Equal(0, f.GetProperty("rowsAdded").GetInt64());
        });
    }
}
