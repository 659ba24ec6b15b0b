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
    public async Task A_replaced_ward_is_counted_by_its_own_LSOAs_and_ranked_among_its_own_set_never_among_both()
    {
        // Gravesham's wards were redrawn in 2023: the 2021 lookup lists 18 (Chalk E05004965), the 2024 lookup 17 (Chalk E05014912).
        var old = await CspProcess.RunSplitAsync("assess", "--area", "E05004965", "--period", "2022-01..2022-06", "--baseline", "2022-07..2022-11", "--partial",
            "--format", "json", "--database", sample.Path);
        var now = await CspProcess.RunSplitAsync("assess", "--area", "E05014912", "--period", "2025-01..2025-09", "--baseline", "2022-01..2022-09",
            "--format", "json", "--database", sample.Path);

        Assert.True(old.Exit == 0, old.Stderr);
        Assert.True(now.Exit == 0, now.Stderr);
        using var oldJson = JsonDocument.Parse(old.Stdout);
        using var nowJson = JsonDocument.Parse(now.Stdout);
        var oldTotal = oldJson.RootElement.GetProperty("rows")[0];
        var nowTotal = nowJson.RootElement.GetProperty("rows")[0];
        // The old Chalk had no crimes at all (its LSOAs were given only to the new wards) and ranked 18th of 18 (17 new + itself).
        Assert.True(oldTotal.GetProperty("count").GetInt64() > 0, "the 2021 Chalk's own LSOAs hold its 2022 crimes");
        // Ranked among the 18 wards of 2021 (those with a population estimate: 17), never among the 2024 wards.
        Assert.Contains(oldJson.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Wards: the 2021 set (ONS lookup WD21), the set in force for Jan-Jun 22, ranked among the 18 wards", StringComparison.Ordinal));
        Assert.InRange(oldTotal.GetProperty("rankOf").GetInt32(), 1, 18);
        Assert.Equal(17, nowTotal.GetProperty("rankOf").GetInt32());
        var note = nowJson.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).Single(n => n.StartsWith("Wards:", StringComparison.Ordinal));
        Assert.StartsWith("Wards: the 2024 set (ONS lookup WD24), the set in force for Jan-Sept 25, ranked among the 17 wards of that set in Gravesham.", note, StringComparison.Ordinal);
        // One 2011 LSOA of Gravesham (E01024280) was split for 2021: its 2022 crimes are in no 2024 ward, and the note says how many.
        Assert.Matches(@"\d+ crimes in Jan-Sept 22 and none in Jan-Sept 25 were recorded in LSOAs of Gravesham that no ward of this set lists", note);
    }

    [Fact]
    public async Task Gravesham_lists_its_2024_and_its_2021_wards_as_two_sets()
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("areas", "Gravesham", "--format", "json", "--database", sample.Path);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var district = json.RootElement.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "E07000109");
        var sets = district.GetProperty("wardSets").EnumerateArray().ToList();
        Assert.Equal([2024, 2021], sets.Select(s => s.GetProperty("set").GetInt32()));
        Assert.Equal([17, 18], sets.Select(s => s.GetProperty("wards").GetArrayLength()));
        Assert.Contains("E05014912", sets[0].GetProperty("wards").EnumerateArray().Select(w => w.GetString()));
        Assert.Contains("E05004965", sets[1].GetProperty("wards").EnumerateArray().Select(w => w.GetString()));
    }

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
        // The sample holds no month of Oct 23 - Sep 24: no row may claim a change, and the first finding says why.
        foreach (var row in json.RootElement.GetProperty("rows").EnumerateArray())
        {
            foreach (var field in new[] { "change", "percentChange", "pValue", "significant" }) Assert.Equal(JsonValueKind.Null, row.GetProperty(field).ValueKind);
            Assert.DoesNotContain(row.GetProperty("monthsThatStandOut").EnumerateArray(), m => string.CompareOrdinal(m.GetString(), "2025-01") < 0);
        }
        var first = json.RootElement.GetProperty("findings")[0].GetString()!;
        Assert.Contains("No comparison with Oct 23 - Sept 24 is possible", first, StringComparison.Ordinal);
        Assert.Contains("2023-10..2024-09", first, StringComparison.Ordinal);
        Assert.Contains("2024-10..2024-12 have no data", first, StringComparison.Ordinal);
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
