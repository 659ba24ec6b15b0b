using System.IO.Compression;
using System.Text.Json;
using Csp.Testing;
using Csp.Cli.Tests.Infrastructure;

namespace Csp.Cli.Tests.Assessment;

/// <summary>csp assess on the bundled data, checked against counts taken from the raw police.uk files.</summary>
[Collection(SampleCollection.Name)]
public sealed class AssessCommandTests(SampleDatabase sample)
{
    [Fact]
    public async Task Gravesham_2025_against_2022_counts_equal_the_raw_files_with_rates_and_ranks()
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("assess", "--area", "Gravesham", "--period", "2025-01..2025-09", "--baseline", "2022-01..2022-09",
            "--format", "json", "--database", sample.Path);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("E07000109", root.GetProperty("area").GetProperty("code").GetString());
        Assert.Equal("2025-01", root.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("2022-09", root.GetProperty("baseline").GetProperty("to").GetString());
        Assert.Equal(2022, root.GetProperty("populationYear").GetInt32());
        Assert.False(root.GetProperty("partial").GetBoolean());
        Assert.Equal(0, root.GetProperty("missingMonths").GetArrayLength());

        var period = RawCounts("2025", 9, "Gravesham 0");
        var baseline = RawCounts("2022", 9, "Gravesham 0");
        var rows = root.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("category").GetString()!);
        foreach (var type in period.Keys.Union(baseline.Keys))
        {
            Assert.Equal(period.GetValueOrDefault(type), rows[type].GetProperty("count").GetInt64());
            Assert.Equal(baseline.GetValueOrDefault(type), rows[type].GetProperty("baselineCount").GetInt64());
        }
        var total = rows["Total crime"];
        var totalCount = period.Where(kv => kv.Key != "Anti-social behaviour").Sum(kv => kv.Value);
        Assert.Equal(totalCount, total.GetProperty("count").GetInt64());
        // Rate per 1,000 with the ONS mid-2022 estimate for Gravesham, 106,970 residents.
        Assert.Equal(Math.Round(1000.0 * totalCount / 106_970, 2), total.GetProperty("ratePer1000").GetDouble());
        Assert.Equal(13, total.GetProperty("rankOf").GetInt32());
        Assert.InRange(total.GetProperty("rank").GetInt32(), 1, 13);
        foreach (var field in new[] { "change", "percentChange", "baselineRatePer1000", "shareOfTotal", "countyCount", "countyBaselineCount", "countyPercentChange", "countyRatePer1000", "significant" })
        {
            Assert.True(total.TryGetProperty(field, out _), field);
        }
        Assert.NotEmpty(root.GetProperty("findings").EnumerateArray());
        Assert.NotEmpty(root.GetProperty("priorities").EnumerateArray());
    }

    [Fact]
    public async Task The_Dartford_and_Gravesham_CSP_is_the_sum_of_its_two_districts()
    {
        var csp = await Total("E22000352");
        var dartford = await Total("Dartford");
        var gravesham = await Total("Gravesham");

        Assert.Equal(dartford + gravesham, csp);
    }

    [Fact]
    public async Task The_year_ending_September_2025_is_refused_with_the_missing_months_and_a_distinct_exit_code()
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("assess", "--area", "Gravesham", "--year-ending", "2025-09", "--database", sample.Path);

        Assert.Equal(3, exit);
        Assert.Contains("Kent Police: 2023-10..2024-12", stderr, StringComparison.Ordinal);
        Assert.Contains("--partial", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task With_partial_the_comparison_is_made_and_labelled_partial()
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("assess", "--area", "Gravesham", "--year-ending", "2025-09", "--partial", "--format", "json", "--database", sample.Path);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("partial").GetBoolean());
        Assert.Equal(15, json.RootElement.GetProperty("missingMonths").GetArrayLength()); // 2023-10 .. 2024-12
        Assert.All(json.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.StartsWith("Partial data", f.GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_output_has_a_header_and_one_line_per_category()
    {
        var (exit, stdout, _) = await CspProcess.RunSplitAsync("assess", "--area", "E07000107", "--period", "2025-01..2025-03", "--baseline", "2022-01..2022-03", "--format", "csv", "--database", sample.Path);

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("area_code,area_name,period_from", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",Total crime,true,", StringComparison.Ordinal));
    }

    private async Task<long> Total(string area)
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("assess", "--area", area, "--period", "2025-01..2025-09", "--baseline", "2022-01..2022-09", "--format", "json", "--database", sample.Path);
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("category").GetString() == "Total crime").GetProperty("count").GetInt64();
    }

    /// <summary>Counts by crime type of the rows whose LSOA name starts with <paramref name="prefix"/>, from the raw files, months 1..n of the year.</summary>
    private static Dictionary<string, long> RawCounts(string year, int months, string prefix)
    {
        var counts = new Dictionary<string, long>();
        for (var m = 1; m <= months; m++)
        {
            using var gz = new GZipStream(File.OpenRead(Path.Combine(Repository.SamplePoliceUk, $"{year}-{m:D2}-kent-street.csv.gz")), CompressionMode.Decompress);
            using var reader = new StreamReader(gz);
            reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                var fields = SplitCsv(line);
                if (fields[8].StartsWith(prefix, StringComparison.Ordinal)) counts[fields[9]] = counts.GetValueOrDefault(fields[9]) + 1;
            }
        }
        return counts;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
