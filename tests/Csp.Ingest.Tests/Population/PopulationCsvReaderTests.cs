using System.Text;
using Csp.Core.Population;
using Csp.Ingest.Population;

namespace Csp.Ingest.Tests.Population;

public sealed class PopulationCsvReaderTests
{
    internal static string Mid2022Path => RepositoryFiles.Sample("population", "MYE2_persons_mid2022_by_LA_DERIVED.csv.gz");

    internal static List<PopulationEstimate> ReadMid2022()
    {
        using var reader = new PopulationCsvReader(RepositoryFiles.Open(Mid2022Path), Mid2022Path);
        Assert.True(reader.Open(), reader.FileError?.ToString());
        var estimates = reader.Rows().ToList();
        Assert.Empty(reader.Issues);
        return estimates;
    }

    private static (PopulationCsvReader Reader, bool Opened) Open(string text, string fileName, int? year = null)
    {
        var reader = new PopulationCsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName, year);
        return (reader, reader.Open());
    }

    [Fact]
    public void The_mid_2022_estimates_give_gravesham_and_dartford_their_published_totals()
    {
        var all = ReadMid2022().Where(e => e.AgeBand == PopulationEstimate.AllAges).ToDictionary(e => e.AreaCode);

        Assert.Equal(106_970, all["E07000109"].Persons);
        Assert.Equal("Gravesham", all["E07000109"].AreaName);
        Assert.Equal(118_820, all["E07000107"].Persons);
        Assert.Equal("Dartford", all["E07000107"].AreaName);
        Assert.All(all.Values, e => Assert.Equal((2022, PopulationCsvReader.MidYearSource), (e.Year, e.Source)));
    }

    [Fact]
    public void Gravesham_has_single_years_0_to_89_and_90_plus_that_add_up_to_its_total()
    {
        var gravesham = ReadMid2022().Where(e => e.AreaCode == "E07000109").ToList();
        var bands = gravesham.Where(e => e.AgeBand != PopulationEstimate.AllAges).ToList();

        Assert.Equal([.. Enumerable.Range(0, 90).Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)), "90+"], bands.Select(b => b.AgeBand));
        Assert.Equal(106_970, bands.Sum(b => b.Persons));
        // The first ages as the file has them: 1,283 aged 0, 1,272 aged 1, 1,420 aged 2.
        Assert.Equal([1283L, 1272L, 1420L], bands.Take(3).Select(b => b.Persons));
    }

    [Fact]
    public void The_year_comes_from_the_file_name_and_the_layout_from_the_header()
    {
        using var reader = new PopulationCsvReader(RepositoryFiles.Open(Mid2022Path), Mid2022Path);

        Assert.True(reader.Open());
        Assert.Equal(2022, reader.Year);
        Assert.Equal(PopulationLayout.MidYearEstimateByAge, reader.Layout);
    }

    [Fact]
    public void A_row_whose_ages_do_not_add_up_to_its_total_is_quarantined_and_the_next_row_is_read()
    {
        var (reader, opened) = Open("Code,Name,Geography,All ages,0,1,90+\n" +
                                    "E07000109,Gravesham,Non-metropolitan District,10,3,3,3\n" +
                                    "E07000107,Dartford,Non-metropolitan District,9,3,3,3\n", "MYE2_persons_mid2022.csv");
        using (reader)
        {
            Assert.True(opened);
            var estimates = reader.Rows().ToList();

            Assert.Equal(["E07000107"], estimates.Select(e => e.AreaCode).Distinct());
            Assert.Equal([("all", 9L), ("0", 3L), ("1", 3L), ("90+", 3L)], estimates.Select(e => (e.AgeBand, e.Persons)));
            var issue = Assert.Single(reader.Issues);
            Assert.Equal(("MYE2_persons_mid2022.csv", 2L, "All ages"), (issue.File, issue.Line, issue.Field));
            Assert.Contains("the ages add up to 9, not the total 10", issue.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_row_with_a_count_that_is_not_a_number_is_quarantined_naming_its_column()
    {
        var (reader, opened) = Open("Code,Name,Geography,All ages,0,1\nE07000109,Gravesham,District,6,three,3\n", "mid2022.csv");
        using (reader)
        {
            Assert.True(opened);
            Assert.Empty(reader.Rows());
            var issue = Assert.Single(reader.Issues);
            Assert.Equal((2L, "0"), (issue.Line, issue.Field));
            Assert.Contains("'three' is not a count of people", issue.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Counts_printed_with_thousands_separators_are_read()
    {
        var (reader, opened) = Open("Code,Name,Geography,All ages,0,90+\nE07000109,Gravesham,District,\"106,970\",\"1,283\",\"105,687\"\n", "mid2022.csv");
        using (reader)
        {
            Assert.True(opened);
            Assert.Equal([106_970L, 1_283L, 105_687L], reader.Rows().Select(e => e.Persons));
        }
    }

    [Fact]
    public void A_file_without_a_year_in_its_name_is_rejected_with_advice_to_give_the_year()
    {
        var (reader, opened) = Open("Code,Name,Geography,All ages,0\nE07000109,Gravesham,District,5,5\n", "persons_by_LA.csv");
        using (reader)
        {
            Assert.False(opened);
            var error = Assert.IsType<Csp.Core.Imports.ImportIssue>(reader.FileError);
            Assert.Equal("persons_by_LA.csv", error.File);
            Assert.Contains("give it with --year", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_year_given_by_the_user_is_used_when_the_name_has_none()
    {
        var (reader, opened) = Open("Code,Name,Geography,All ages,0\nE07000109,Gravesham,District,5,5\n", "persons_by_LA.csv", year: 2019);
        using (reader)
        {
            Assert.True(opened);
            Assert.All(reader.Rows(), e => Assert.Equal(2019, e.Year));
        }
    }

    [Fact]
    public void A_header_the_importer_does_not_know_is_rejected_as_not_a_population_file()
    {
        var (reader, opened) = Open("Crime ID,Month,Reported by\nx,2025-01,Kent Police\n", "2025-01-kent-street.csv");
        using (reader)
        {
            Assert.False(opened);
            Assert.Contains("is not one the importer knows", reader.FileError?.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("MYE2_persons_mid2022_by_LA_DERIVED.csv.gz", 2022)]
    [InlineData("ukpopestimatesmid2021.csv", 2021)]
    [InlineData("mid-2020 persons.csv", 2020)]
    [InlineData("population_2019.csv", 2019)]
    [InlineData("population20_lsoa11_kent_DERIVED.csv.gz", 2020)]
    [InlineData("Population19_LSOA.csv", 2019)]
    [InlineData("data/2019/MYE2_persons_mid2022.csv", 2022)]
    [InlineData("data/2019/persons.csv", null)]
    [InlineData("MYE2_persons_by_LA.csv", null)]
    [InlineData("mye22final.xlsx", null)]
    [InlineData("E07000109.csv", null)]
    [InlineData("lsoa11_estimates.csv", null)]
    [InlineData("mid20221.csv", null)]
    public void YearFromName_finds_a_four_digit_year_or_the_population_yy_style_and_nothing_else(string name, int? expected)
    {
        Assert.Equal(expected, PopulationCsvReader.YearFromName(name));
    }
}
