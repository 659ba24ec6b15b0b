using System.Text.Json;
using Csp.Testing;
using Csp.Cli.Tests.Infrastructure;

namespace Csp.Cli.Tests.NearRepeat;

public sealed class NearRepeatCommandTests
{
    private static readonly string Burglaries = Path.Combine(Repository.Root, "tests", "Csp.Core.Tests", "TestData", "chicago_be_month1.csv");

    [Fact]
    public async Task The_json_has_a_cell_per_band_pair_with_the_documented_fields_and_the_observed_counts_of_the_R_package()
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("near-repeat", "--input", Burglaries, "--space-bands", "0,1,101,201,301,Inf",
            "--time-bands", "0,8,15,22,Inf", "--permutations", "99", "--seed", "1", "--format", "json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var cells = json.RootElement.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(5 * 4, cells.Count);
        foreach (var field in new[] { "spaceFrom", "spaceTo", "timeFrom", "timeTo", "observed", "expectedMean", "knoxRatio", "pValue" })
        {
            Assert.True(cells[0].TryGetProperty(field, out _), field);
        }
        // NearRepeat 0.1.1: NearRepeat(x, y, time, sds = c(0,1,101,201,301,Inf), tds = c(0,8,15,22,Inf), method = "manhattan")$observed[1, 1] = 29.
        var sameLocationFirstWeek = cells.Single(c => c.GetProperty("spaceFrom").GetDouble() == 0 && c.GetProperty("timeFrom").GetDouble() == 0);
        Assert.Equal(29, sameLocationFirstWeek.GetProperty("observed").GetInt64());
        Assert.Equal(970, json.RootElement.GetProperty("events").GetInt32());
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_p_values()
    {
        var one = await CspProcess.RunSplitAsync("near-repeat", "--input", Burglaries, "--permutations", "49", "--seed", "7", "--format", "csv");
        var two = await CspProcess.RunSplitAsync("near-repeat", "--input", Burglaries, "--permutations", "49", "--seed", "7", "--format", "csv");

        Assert.Equal(0, one.Exit);
        Assert.Equal(one.Stdout, two.Stdout);
        Assert.StartsWith("space_from,space_to,time_from,time_to,observed,expected_mean,knox_ratio,p_value", one.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_line_is_reported_with_its_line_and_field_and_the_rest_is_used()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("csp-nr-").FullName, "incidents.csv");
        await File.WriteAllLinesAsync(file, ["100,200,2016-01-01", "150,250,2016-01-03", "abc,250,2016-01-03", "160,260,2016-13-45"]);

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("near-repeat", "--input", file, "--permutations", "9", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("line 3, field 'X'", stderr, StringComparison.Ordinal);
        Assert.Contains("line 4, field 'date'", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, json.RootElement.GetProperty("events").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("quarantined").GetInt32());
    }
}
