using System.Text.Json;
using Csp.Core.Areas;
using Csp.Core.Geography;
using Csp.Storage.Areas;
using Csp.Reporting.GeoJson;
using Csp.Testing;
using Csp.Storage.Tests.Infrastructure;
using NetTopologySuite.Operation.Union;

namespace Csp.Storage.Tests.Areas;

[Collection(SampleCollection.Name)]
public sealed class AreaOutlinesTests(SampleDatabase sample)
{
    private static readonly Area Gravesham = new("E07000109", "Gravesham", AreaLevel.District, "E22000352");

    [Fact]
    public async Task Gravesham_is_mapped_by_its_seventeen_2024_wards_which_tile_the_district_without_overlap()
    {
        var wards = await AreaOutlines.ChildrenAsync(sample.Database, Gravesham, CancellationToken.None);
        var district = await AreaOutlines.OfAsync(sample.Database, Gravesham, CancellationToken.None);

        // Gravesham's wards since May 2023 (WD24 codes E05014912 onwards), not the older ones the 2011 lookup also lists.
        Assert.Equal(17, wards.Count);
        Assert.All(wards, w => Assert.True(w.Approximate && w.Level == AreaLevel.Ward && w.Code.StartsWith("E050149", StringComparison.Ordinal)));
        Assert.Contains(wards, w => w.Name == "Higham & Shorne");
        Assert.NotNull(district);
        Assert.False(district.Approximate);

        var shapes = wards.Select(w => CentroidCells.ToPlanar(new AreaBoundary(w.Code, w.Name, w.Rings))).ToList();
        var districtArea = CentroidCells.ToPlanar(new AreaBoundary(district.Code, district.Name, district.Rings)).Area;
        var union = UnaryUnionOp.Union(shapes).Area;
        // Gravesham is about 99 square kilometres; the wards cover all of it (to the rounding of coordinates) and never twice.
        Assert.InRange(districtArea / 1e6, 95, 105);
        Assert.Equal(1.0, union / districtArea, 3);
        Assert.Equal(1.0, shapes.Sum(s => s.Area) / union, 3);
    }

    [Fact]
    public async Task A_ward_is_mapped_by_its_lsoas_and_the_partnership_by_the_wards_of_both_districts()
    {
        var wards = await AreaOutlines.ChildrenAsync(sample.Database, Gravesham, CancellationToken.None);
        var higham = wards.Single(w => w.Name == "Higham & Shorne");

        var lsoas = await AreaOutlines.ChildrenAsync(sample.Database, new Area(higham.Code, higham.Name, AreaLevel.Ward, Gravesham.Code), CancellationToken.None);
        var partnership = await AreaOutlines.ChildrenAsync(sample.Database, new Area("E22000352", "Dartford and Gravesham", AreaLevel.CommunitySafetyPartnership, "E23000032"), CancellationToken.None);

        Assert.NotEmpty(lsoas);
        Assert.All(lsoas, l => Assert.Equal(AreaLevel.Lsoa, l.Level));
        Assert.All(lsoas, l => Assert.StartsWith("Gravesham 0", l.Name, StringComparison.Ordinal));
        Assert.Equal(17, partnership.Count(w => wards.Any(g => g.Code == w.Code)));
        Assert.True(partnership.Count > 17);
    }

    [Fact]
    public async Task Kent_is_mapped_by_its_thirteen_districts_with_their_published_boundaries()
    {
        var districts = await AreaOutlines.ChildrenAsync(sample.Database, new Area("E23000032", "Kent", AreaLevel.ForceArea, "E92000001"), CancellationToken.None);

        Assert.Equal(13, districts.Count);
        Assert.All(districts, d => Assert.False(d.Approximate));
        Assert.Contains(districts, d => d.Code == "E06000035" && d.Name == "Medway");
    }

    [Fact]
    public async Task The_geojson_holds_a_multipolygon_feature_per_ward_with_its_code_name_and_the_callers_values()
    {
        var wards = await AreaOutlines.ChildrenAsync(sample.Database, Gravesham, CancellationToken.None);
        using var stream = new MemoryStream();

        OutlineGeoJson.Write(wards, stream, (w, json) => json.WriteNumber("rate", w.Name.Length));

        using var document = JsonDocument.Parse(stream.ToArray());
        var features = document.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(17, features.Count);
        var first = features[0];
        Assert.Equal("MultiPolygon", first.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(wards[0].Name.Length, first.GetProperty("properties").GetProperty("rate").GetInt32());
        Assert.True(first.GetProperty("properties").GetProperty("approximate").GetBoolean());
    }
}
