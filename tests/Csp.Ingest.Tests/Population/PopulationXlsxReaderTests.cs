using Csp.Core.Population;
using Csp.Ingest.Population;

namespace Csp.Ingest.Tests.Population;

public sealed class PopulationXlsxReaderTests
{
    private static readonly Lazy<PopulationXlsxReader.Result> Workbook = new(() =>
    {
        using var stream = File.OpenRead(RepositoryFiles.TestData("mye22final.xlsx"));
        return PopulationXlsxReader.Read(stream, "mye22final.xlsx");
    });

    [Fact]
    public void The_published_workbook_reads_as_mid_2022_with_no_problems()
    {
        var result = Workbook.Value;

        Assert.Null(result.FileError);
        Assert.Empty(result.Issues); // the formatted but empty rows below the table (416-447) are not rows
        Assert.Equal(404, result.RowsRead); // rows 9 to 412 of the sheet: the 404 areas, as in the 404 data lines of the CSV
        Assert.Equal(2022, result.Year);
        Assert.All(result.Estimates, e => Assert.Equal((2022, PopulationCsvReader.MidYearSource), (e.Year, e.Source)));
    }

    [Fact]
    public void The_workbook_gives_exactly_the_estimates_of_the_csv_made_from_it_for_every_area_and_age()
    {
        var fromCsv = PopulationCsvReaderTests.ReadMid2022();
        var fromXlsx = Workbook.Value.Estimates;

        static string Key(PopulationEstimate e) => $"{e.AreaCode}|{e.AgeBand}";
        var csv = fromCsv.ToDictionary(Key, e => e.Persons);
        var xlsx = fromXlsx.ToDictionary(Key, e => e.Persons);

        Assert.Equal(fromCsv.Count, fromXlsx.Count);
        Assert.Equal(csv.Keys.Order(StringComparer.Ordinal), xlsx.Keys.Order(StringComparer.Ordinal));
        var differences = csv.Where(kv => xlsx[kv.Key] != kv.Value).Select(kv => $"{kv.Key}: csv {kv.Value}, xlsx {xlsx[kv.Key]}").Take(5).ToList();
        Assert.Empty(differences);
        Assert.Equal(Workbook.Value.RowsRead, fromCsv.Count(e => e.AgeBand == PopulationEstimate.AllAges));
    }

    [Fact]
    public void Gravesham_in_the_workbook_has_its_published_total_and_a_90_plus_band()
    {
        var gravesham = Workbook.Value.Estimates.Where(e => e.AreaCode == "E07000109").ToList();

        Assert.Equal(106_970, gravesham.Single(e => e.AgeBand == PopulationEstimate.AllAges).Persons);
        Assert.Equal(92, gravesham.Count); // all ages, 0..89, 90+
        Assert.Single(gravesham, e => e.AgeBand == "90+");
        Assert.Equal(106_970, gravesham.Where(e => e.AgeBand != PopulationEstimate.AllAges).Sum(e => e.Persons));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_rejected()
    {
        var result = PopulationXlsxReader.Read(new MemoryStream("Code,Name\n"u8.ToArray()), "persons.xlsx");

        Assert.Contains("not an Excel workbook", result.FileError?.Message, StringComparison.Ordinal);
        Assert.Empty(result.Estimates);
    }
}
