using System.Text;
using Csp.Core.Geometry;
using Csp.Ingest.Geography;

namespace Csp.Ingest.Tests.Geography;

public sealed class BoundaryReaderTests
{
    private static (IReadOnlyList<Core.Geography.AreaBoundary> Boundaries, IReadOnlyList<Core.Imports.ImportIssue> Issues, Core.Imports.ImportIssue? FileError) Read(string text) =>
        BoundaryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "shapes.json");

    [Fact]
    public void A_quantised_topology_decodes_delta_arcs_and_stitches_a_reversed_arc_into_the_ring()
    {
        // Arc 0 runs (0,0) -> (10,0) -> (10,10); arc 1 runs (0,0) -> (0,10) -> (10,10), so the ring is arc 0 then arc 1 reversed (~1 = -2).
        const string topology = """
            {"type":"Topology","transform":{"scale":[0.1,0.01],"translate":[1,50]},
             "arcs":[[[0,0],[10,0],[0,10]],[[0,0],[0,10],[10,0]]],
             "objects":{"geog":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","arcs":[[0,-2]],"properties":{"AREACD":"E07000109","AREANM":"Gravesham"}}]}}}
            """;
        var (boundaries, issues, error) = Read(topology);

        Assert.Null(error);
        Assert.Empty(issues);
        var gravesham = Assert.Single(boundaries);
        Assert.Equal(("E07000109", "Gravesham"), (gravesham.Code, gravesham.Name));
        var ring = Assert.Single(gravesham.Rings);
        Assert.Equal([new LonLat(1, 50), new LonLat(2, 50), new LonLat(2, 50.1), new LonLat(1, 50.1), new LonLat(1, 50)],
            ring.Select(p => new LonLat(Math.Round(p.Lon, 9), Math.Round(p.Lat, 9))));
    }

    [Fact]
    public void A_geojson_feature_collection_reads_polygons_and_multipolygons_by_any_code_and_name_properties()
    {
        const string geoJson = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"LAD21CD":"E07000107","LAD21NM":"Dartford"},
               "geometry":{"type":"MultiPolygon","coordinates":[[[[0.2,51.4],[0.3,51.4],[0.3,51.5],[0.2,51.4]]],[[[0.1,51.4],[0.15,51.4],[0.15,51.45],[0.1,51.4]]]]}}]}
            """;
        var (boundaries, _, error) = Read(geoJson);

        Assert.Null(error);
        var dartford = Assert.Single(boundaries);
        Assert.Equal("Dartford", dartford.Name);
        Assert.Equal(2, dartford.Rings.Count);
    }

    [Fact]
    public void A_feature_without_an_ons_code_is_reported_by_its_number_and_the_others_still_load()
    {
        const string geoJson = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"Somewhere"},"geometry":{"type":"Polygon","coordinates":[[[0,51],[1,51],[1,52],[0,51]]]}},
              {"type":"Feature","properties":{"AREACD":"E07000109","AREANM":"Gravesham"},"geometry":{"type":"Polygon","coordinates":[[[0,51],[1,51],[1,52],[0,51]]]}}]}
            """;
        var (boundaries, issues, _) = Read(geoJson);

        Assert.Equal("E07000109", Assert.Single(boundaries).Code);
        var issue = Assert.Single(issues);
        Assert.Equal((1L, "properties"), (issue.Line, issue.Field));
    }

    [Fact]
    public void Text_that_is_not_json_is_rejected_whole_with_the_line_of_the_fault()
    {
        var (boundaries, _, error) = Read("{\"type\":\"Topology\",\n  oops }");

        Assert.Empty(boundaries);
        Assert.NotNull(error);
        Assert.Equal(2, error.Line);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_district_boundaries_hold_every_kent_district()
    {
        var path = RepositoryFiles.Sample("geography", "geo_lad2021.json.gz");
        using var stream = RepositoryFiles.Open(path);
        var (boundaries, issues, error) = BoundaryReader.Read(stream, path);

        Assert.Null(error);
        Assert.Empty(issues);
        Assert.Equal(374, boundaries.Count);
        Assert.Contains(boundaries, b => b.Code == "E07000109" && b.Name == "Gravesham");
        // Every point lies in or near Great Britain.
        Assert.All(boundaries.SelectMany(b => b.Rings).SelectMany(r => r), p => Assert.True(p.Lon is > -9 and < 2 && p.Lat is > 49 and < 61));
    }

    [Theory]
    [InlineData("""{"type":"Topology","objects":{"lad":{"geometries":[{"type":"Polygon","arcs":[[7]],"properties":{"AREACD":"E07000109","AREANM":"Gravesham"}}]}},"arcs":[[[0.3,51.4],[0.4,51.4],[0.4,51.5],[0.3,51.4]]]}""")]
    [InlineData("""{"type":"Topology","objects":{"lad":{"geometries":[]}}}""")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"AREACD":"E07000109"},"geometry":{"type":"Polygon","coordinates":[[["a","b"]]]}}]}""")]
    [InlineData("""{"type":"FeatureCollection","features":7}""")]
    public void Valid_json_of_the_wrong_shape_is_rejected_with_a_message_and_does_not_throw(string json)
    {
        var (boundaries, _, error) = Read(json);

        Assert.Empty(boundaries);
        Assert.NotNull(error);
        Assert.Contains("not TopoJSON or GeoJSON", error.Message, StringComparison.Ordinal);
    }
}
