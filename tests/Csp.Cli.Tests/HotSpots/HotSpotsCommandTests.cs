using System.Text.Json;
using Csp.Testing;
using Csp.Cli.Tests.Infrastructure;

namespace Csp.Cli.Tests.HotSpots;

[Collection(SampleCollection.Name)]
public sealed class HotSpotsCommandTests(SampleDatabase sample)
{
    [Fact]
    public async Task Gravesham_burglary_hot_spots_are_written_as_GeoJSON_and_CSV_with_every_cell()
    {
        var dir = Directory.CreateTempSubdirectory("csp-hotspots-").FullName;
        var geojson = Path.Combine(dir, "g.geojson");
        var csv = Path.Combine(dir, "g.csv");

        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("hotspots", "--area", "Gravesham", "--period", "2025-01..2025-09", "--baseline", "2022-01..2022-09",
            "--crime-type", "Burglary", "--cell-size", "500", "--geojson", geojson, "--csv", csv, "--format", "json", "--database", sample.Path);

        Assert.True(exit == 0, stderr);
        using var summary = JsonDocument.Parse(stdout);
        var root = summary.RootElement;
        var cells = root.GetProperty("columns").GetInt32() * root.GetProperty("rows").GetInt32();
        // 250 burglaries in Gravesham, January to September 2025 (the assessment test checks this against the raw files).
        Assert.Equal(250, root.GetProperty("points").GetInt32() + root.GetProperty("pointsOutside").GetInt32());
        Assert.Equal(390, root.GetProperty("baselinePoints").GetInt32() + 0 * cells);
        using var map = JsonDocument.Parse(await File.ReadAllTextAsync(geojson));
        var features = map.RootElement.GetProperty("features");
        Assert.Equal(cells, features.GetArrayLength());
        var first = features[0];
        Assert.Equal("Polygon", first.GetProperty("geometry").GetProperty("type").GetString());
        var lon = first.GetProperty("geometry").GetProperty("coordinates")[0][0][0].GetDouble();
        Assert.InRange(lon, 0.2, 0.5); // Gravesham lies around 0.37 E
        Assert.Contains(first.GetProperty("properties").GetProperty("hotSpot").GetString(), new[] { "not significant", "hot spot, 90% confidence", "hot spot, 95% confidence", "hot spot, 99% confidence", "cold spot, 90% confidence", "cold spot, 95% confidence", "cold spot, 99% confidence" });
        var lines = await File.ReadAllLinesAsync(csv);
        Assert.Equal(cells + 1, lines.Length);
        Assert.StartsWith("column,row,easting,northing,longitude,latitude,count,baseline_count", lines[0], StringComparison.Ordinal);
        Assert.Equal(root.GetProperty("points").GetInt32(), lines.Skip(1).Sum(l => int.Parse(l.Split(',')[6], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Counts_by_LSOA_add_up_to_the_district_and_wards_are_listed_once_by_their_newest_codes()
    {
        var byLsoa = await CspProcess.RunSplitAsync("hotspots", "--area", "Gravesham", "--period", "2025-01..2025-09", "--baseline", "2022-01..2022-09",
            "--crime-type", "Burglary", "--by", "lsoa", "--format", "json", "--database", sample.Path);
        var byWard = await CspProcess.RunSplitAsync("hotspots", "--area", "Gravesham", "--period", "2025-01..2025-09", "--baseline", "2022-01..2022-09",
            "--crime-type", "Burglary", "--by", "ward", "--format", "json", "--database", sample.Path);

        Assert.True(byLsoa.Exit == 0, byLsoa.Stderr);
        Assert.True(byWard.Exit == 0, byWard.Stderr);
        using var lsoas = JsonDocument.Parse(byLsoa.Stdout);
        using var wards = JsonDocument.Parse(byWard.Stdout);
        var lsoaRows = lsoas.RootElement.GetProperty("areas").EnumerateArray().ToList();
        var wardRows = wards.RootElement.GetProperty("areas").EnumerateArray().ToList();
        // 250 burglaries in Gravesham in January to September 2025; the 2025 files use 2021 LSOAs, all inside the district.
        Assert.Equal(250, lsoaRows.Sum(r => r.GetProperty("count").GetInt64()));
        Assert.Equal(250, wardRows.Sum(r => r.GetProperty("count").GetInt64()));
        Assert.Equal(17, wardRows.Count); // Gravesham's wards since the 2023 boundary review
        Assert.Equal(wardRows.Count, wardRows.Select(r => r.GetProperty("name").GetString()).Distinct().Count());
    }
}
