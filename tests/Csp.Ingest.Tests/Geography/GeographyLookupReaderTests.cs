using System.Text;
using Csp.Ingest.Geography;

namespace Csp.Ingest.Tests.Geography;

public sealed class GeographyLookupReaderTests
{
    private static GeographyLookup ReadSample(string name)
    {
        var path = RepositoryFiles.Sample("geography", name);
        using var stream = RepositoryFiles.Open(path);
        return GeographyLookupReader.Read(stream, path);
    }

    private static GeographyLookup Read(string text, string name = "lookup.csv") =>
        GeographyLookupReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);

    [Fact]
    public void The_semicolon_separated_district_to_partnership_lookup_reads_all_341_lines_including_the_last_without_a_line_break()
    {
        // 342 lines: the header and 341 data lines, the last (Carmarthenshire) with no line break, so `wc -l` says 341.
        var lookup = ReadSample("lad_to_csp.csv");

        Assert.Null(lookup.FileError);
        Assert.Equal("district-csp-force", lookup.Kind);
        Assert.Equal(341, lookup.RowsRead);
        Assert.Equal(341, lookup.Partnerships.Count);
        Assert.Equal(("W06000010", "Carmarthenshire", "W15000004", "Dyfed-Powys"),
            (lookup.Partnerships[^1].DistrictCode, lookup.Partnerships[^1].PartnershipName, lookup.Partnerships[^1].ForceAreaCode, lookup.Partnerships[^1].ForceAreaName));
        // Some districts made of merged ones are listed once per older partnership, e.g. Buckinghamshire four times.
        Assert.Equal(4, lookup.Partnerships.Count(p => p.DistrictCode == "E06000060"));
        Assert.Empty(lookup.Lsoas);
        Assert.Empty(lookup.Issues);
    }

    [Fact]
    public void Gravesham_lies_in_the_dartford_and_gravesham_partnership_in_kent()
    {
        var partnerships = ReadSample("lad_to_csp.csv").Partnerships;

        var gravesham = Assert.Single(partnerships, p => p.DistrictCode == "E07000109");
        Assert.Equal(new Csp.Core.Areas.DistrictPartnership("E07000109", "Gravesham", "E22000352", "Dartford and Gravesham", "E23000032", "Kent"), gravesham);
        Assert.Equal(["E07000107", "E07000109"], partnerships.Where(p => p.PartnershipCode == "E22000352").Select(p => p.DistrictCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_2011_lsoa_lookup_reads_every_line_as_a_2011_membership()
    {
        var lookup = ReadSample("lsoa_ward_mapping.csv.gz");

        Assert.Null(lookup.FileError);
        Assert.Equal("lsoa-2011", lookup.Kind);
        Assert.Equal(34_753, lookup.RowsRead);
        Assert.Equal(34_753, lookup.Lsoas.Count);
        Assert.Empty(lookup.Issues);
        Assert.All(lookup.Lsoas, l => Assert.Equal(2011, l.Vintage));
        var first = lookup.Lsoas[0]; // after the byte order mark and header: E01011965,Hartlepool 006A,E05013038,Burn Valley,E06000001,Hartlepool
        Assert.Equal(("E01011965", "Hartlepool 006A", "E05013038", "Burn Valley", "E06000001", "Hartlepool"),
            (first.LsoaCode, first.LsoaName, first.WardCode, first.WardName, first.DistrictCode, first.DistrictName));
        Assert.Equal(("Gravesham 002A", "E07000109"), lookup.Lsoas.Where(l => l.LsoaCode == "E01024257").Select(l => (l.LsoaName, l.DistrictCode)).Single());
    }

    [Fact]
    public void The_2021_lsoa_lookup_reads_every_line_as_a_2021_membership_ignoring_the_welsh_name_columns()
    {
        var lookup = ReadSample("lsoa_to_ward.csv.gz");

        Assert.Null(lookup.FileError);
        Assert.Equal("lsoa-2021", lookup.Kind);
        Assert.Equal(35_672, lookup.RowsRead);
        Assert.Equal(35_672, lookup.Lsoas.Count);
        Assert.Empty(lookup.Issues);
        Assert.All(lookup.Lsoas, l => Assert.Equal(2021, l.Vintage));
        var first = lookup.Lsoas[0]; // E01012049,Middlesbrough 014A,,E05009861,Ladgate,,E06000002,Middlesbrough,,1
        Assert.Equal(("E01012049", "Middlesbrough 014A", "E05009861", "Ladgate", "E06000002", "Middlesbrough"),
            (first.LsoaCode, first.LsoaName, first.WardCode, first.WardName, first.DistrictCode, first.DistrictName));
    }

    [Fact]
    public void A_row_with_a_bad_code_is_quarantined_with_its_line_and_column_and_the_others_are_kept()
    {
        var lookup = Read("lad-code;lad-name;csp-code;csp-name;PFA21CD;PFA21NM\r\n" +
                          "E07000107;Dartford;E22000352;Dartford and Gravesham;E23000032;Kent\r\n" +
                          "E07000109;Gravesham;E2200035;Dartford and Gravesham;E23000032;Kent\r\n" +
                          "E07000110;Maidstone;E22000353;Maidstone;E23000032;Kent\r\n", "lad_to_csp.csv");

        Assert.Equal(["E07000107", "E07000110"], lookup.Partnerships.Select(p => p.DistrictCode));
        Assert.Equal(3, lookup.RowsRead);
        var issue = Assert.Single(lookup.Issues);
        Assert.Equal(("lad_to_csp.csv", 3L, "csp-code"), (issue.File, issue.Line, issue.Field));
        Assert.Contains("'E2200035' is not an ONS code", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_a_missing_name_is_quarantined_naming_the_name_column()
    {
        var lookup = Read("LSOA11CD,LSOA11NM,WD21CD,WD21NM,LAD21CD,LAD21NM\nE01024257,Gravesham 002A,E05004964,,E07000109,Gravesham\n");

        Assert.Empty(lookup.Lsoas);
        var issue = Assert.Single(lookup.Issues);
        Assert.Equal((2L, "WD21NM"), (issue.Line, issue.Field));
    }

    [Fact]
    public void A_lookup_missing_one_of_its_columns_is_rejected_naming_it()
    {
        var lookup = Read("LSOA11CD,LSOA11NM,WD21CD,LAD21CD,LAD21NM\nE01024257,Gravesham 002A,E05004964,E07000109,Gravesham\n");

        Assert.Equal(("lsoa-2011", 1L, "WD21NM"), (lookup.Kind, lookup.FileError?.Line, lookup.FileError?.Field));
        Assert.Empty(lookup.Lsoas);
    }

    [Fact]
    public void A_file_that_is_no_known_lookup_is_rejected()
    {
        var lookup = Read("Code,Name,Geography,All ages\nE07000109,Gravesham,District,106970\n");

        Assert.Equal("unknown", lookup.Kind);
        Assert.Contains("has none of LSOA11CD, LSOA21CD or csp-code", lookup.FileError?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Population_weighted_centroids_are_read_in_metres_and_a_coordinate_off_the_grid_is_quarantined_by_field()
    {
        var lookup = Read("LSOA21CD,x,y\nE01024218,564816.1,173571.9\nE01024219,abc,173000\nE01024220,565000,2000000\n");

        Assert.Null(lookup.FileError);
        Assert.Equal("lsoa-2021-centroids", lookup.Kind);
        Assert.Equal(3, lookup.RowsRead);
        var centroid = Assert.Single(lookup.Centroids);
        Assert.Equal(("E01024218", 564816.1, 173571.9), (centroid.Code, centroid.Point.X, centroid.Point.Y));
        Assert.Equal([(3L, "x"), (4L, "y")], lookup.Issues.Select(i => (i.Line, i.Field)));
    }

    [Theory]
    [InlineData("NaN", "573000")]
    [InlineData("564816.1", "NaN")]
    [InlineData("Infinity", "173000")]
    [InlineData("564816.1", "-Infinity")]
    [InlineData("-1", "173000")]
    [InlineData("564816.1", "1300000.5")]
    public void A_centroid_that_is_not_a_finite_coordinate_on_the_grid_is_quarantined_by_line_and_field_and_the_good_rows_are_kept(string x, string y)
    {
        var lookup = Read($"LSOA21CD,x,y\nE01024218,564816.1,173571.9\nE01024219,{x},{y}\nE01024220,0,1300000\n");

        Assert.Null(lookup.FileError);
        Assert.Equal([("E01024218", 564816.1, 173571.9), ("E01024220", 0.0, 1_300_000.0)], lookup.Centroids.Select(c => (c.Code, c.Point.X, c.Point.Y)));
        var issue = Assert.Single(lookup.Issues);
        Assert.Equal((3L, x == "564816.1" ? "y" : "x"), (issue.Line, issue.Field));
    }

    [Fact]
    public void The_bundled_centroids_cover_every_lsoa_of_the_2021_lookup()
    {
        var centroids = ReadSample("lsoa21_pwc_DERIVED.csv.gz");
        var lsoas = ReadSample("lsoa_to_ward.csv.gz");

        Assert.Empty(centroids.Issues);
        Assert.Equal(35_672, centroids.Centroids.Count);
        Assert.Empty(lsoas.Lsoas.Select(l => l.LsoaCode).Except(centroids.Centroids.Select(c => c.Code)));
    }
}
