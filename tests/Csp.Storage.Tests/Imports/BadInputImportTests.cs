using System.Globalization;
using System.Text;
using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Storage.Loaders;
using Csp.Storage.Tests.Infrastructure;
using Csp.Testing;

namespace Csp.Storage.Tests.Imports;

/// <summary>
/// Input that breaks off, overflows or holds impossible values, through every importer: a clear answer (rejected whole,
/// or the bad row quarantined by line), nothing lost and nothing false stored (issue 14, items 5, 7 and 8).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BadInputImportTests(PostgresServer postgres)
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    private static InputFile Single(string path) => InputFiles.Expand([path], [".csv", ".json"], out _).Single();

    private static Task<long> CountAsync(CspDatabase db, string sql) => PoliceUkImporterTests.CountAsync(db, sql);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, 0.5)]
    [InlineData(DatabaseProvider.PostgreSql, 0.5)]
    [InlineData(DatabaseProvider.Sqlite, 0.97)]
    public async Task A_police_uk_gzip_cut_part_way_is_rejected_whole_and_none_of_its_rows_land(DatabaseProvider provider, double share)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var cut = CutFiles.Head(Path.Combine(Repository.SamplePoliceUk, "2025-07-kent-street.csv.gz"), share);

        var report = await new PoliceUkImporter(db, Clock).ImportAsync(Single(cut), null, CancellationToken.None);

        Assert.Equal(FileOutcome.Rejected, report.Outcome);
        Assert.Equal(0, report.RowsAdded);
        Assert.Contains("truncated", report.Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(0L, report.Issues[0].Line);
        Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM street_records"));
        Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM force_months"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_police_uk_gzip_cut_exactly_at_a_line_break_is_rejected_too_and_offered_again_is_rejected_again(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var cut = CutFiles.GzipCutAtLineBreak(Path.Combine(Repository.SamplePoliceUk, "2025-07-kent-street.csv.gz"), 960);
        var importer = new PoliceUkImporter(db, Clock);

        var first = await importer.ImportAsync(Single(cut), null, CancellationToken.None);
        var again = await importer.ImportAsync(Single(cut), null, CancellationToken.None);

        Assert.Equal(FileOutcome.Rejected, first.Outcome);
        Assert.Equal(959, first.RowsRead);
        // Not "Unchanged" (which would exit 0): a cut-off file is refused every time it is offered.
        Assert.Equal(FileOutcome.Rejected, again.Outcome);
        Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM force_months"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_population_gzip_cut_part_way_is_rejected_whole(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var cut = CutFiles.Head(Repository.Sample("population", "MYE2_persons_mid2022_by_LA_DERIVED.csv.gz"), 0.5);

        var report = await new PopulationImporter(db, Clock).ImportAsync(Single(cut), null, CancellationToken.None);

        Assert.Equal(FileOutcome.Rejected, report.Outcome);
        Assert.Contains("truncated", report.Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM population_estimates"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "lsoa_to_ward.csv.gz")]
    [InlineData(DatabaseProvider.Sqlite, "lsoa21_pwc_DERIVED.csv.gz")]
    [InlineData(DatabaseProvider.PostgreSql, "lsoa_ward_mapping.csv.gz")]
    public async Task A_geography_lookup_cut_part_way_is_rejected_whole(DatabaseProvider provider, string name)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var cut = CutFiles.Head(Repository.Sample("geography", name), 0.4);

        var report = await new GeographyImporter(db, Clock).ImportAsync(Single(cut), CancellationToken.None);

        Assert.Equal(FileOutcome.Rejected, report.Outcome);
        Assert.Contains("truncated", report.Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db, "SELECT (SELECT count(*) FROM areas) + (SELECT count(*) FROM area_centroids) + (SELECT count(*) FROM lsoa_memberships)"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_incident_extract_whose_last_row_is_cut_short_is_rejected_whole(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var path = Path.Combine(PoliceFiles.TempDirectory(), "incidents.csv");
        await File.WriteAllTextAsync(path, "id,date,category,x,y,location\nA1,2025-03-01,Burglary,564816,173571,High Street\nA2,2025-03-02,Burglary,564820,173580,High Street\nA3,2025-03-0");

        var report = await new IncidentImporter(db, Clock).ImportAsync(Single(path), 27700, CancellationToken.None);

        Assert.Equal(FileOutcome.Rejected, report.Outcome);
        Assert.Contains("truncated", report.Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM incidents"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_NaN_or_infinite_centroid_is_quarantined_by_line_and_the_good_rows_land(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var path = Path.Combine(PoliceFiles.TempDirectory(), "lsoa21_pwc.csv");
        await File.WriteAllTextAsync(path, "LSOA21CD,x,y\nE01024218,564816.1,173571.9\nE01024219,NaN,173000\nE01024220,565000,Infinity\nE01024221,565100,-1e400\nE01024222,565200,173600\n");

        var report = await new GeographyImporter(db, Clock).ImportAsync(Single(path), CancellationToken.None);

        Assert.Equal(FileOutcome.Added, report.Outcome);
        Assert.Equal([3L, 4L, 5L], report.Issues.Select(i => i.Line).Order());
        Assert.Equal(2, await CountAsync(db, "SELECT count(*) FROM area_centroids"));
        Assert.Equal(3, await CountAsync(db, "SELECT count(*) FROM quarantined_rows WHERE line IN (3, 4, 5)"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_line_of_200_MB_is_quarantined_by_line_and_neither_it_nor_its_street_name_is_stored(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var path = Path.Combine(PoliceFiles.TempDirectory(), "2025-01-kent-street.csv");
        await using (var file = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            await file.WriteAsync(PoliceFiles.Header + "\n" + PoliceFiles.Crime("a1") + "\n");
            await file.WriteAsync("a2,2025-01,Kent Police,Kent Police,0.368,51.441,On or near ");
            var block = new string('x', 1 << 20);
            for (var i = 0; i < 200; i++) await file.WriteAsync(block);
            await file.WriteAsync(",E01024102,Gravesham 004A,Burglary,Under investigation,\n" + PoliceFiles.Crime("a3") + "\n");
        }
        var before = GC.GetTotalAllocatedBytes(precise: false);

        var report = await new PoliceUkImporter(db, Clock).ImportAsync(Single(path), null, CancellationToken.None);

        var allocated = GC.GetTotalAllocatedBytes(precise: false) - before;
        File.Delete(path);
        Assert.Equal(FileOutcome.Added, report.Outcome);
        Assert.Equal((3L, 2L, 1L), (report.RowsRead, report.RowsAdded, report.RowsQuarantined));
        var issue = Assert.Single(report.Issues);
        Assert.Equal(3L, issue.Line);
        Assert.Contains("209,715,", issue.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM street_locations WHERE length(name) > 4096"));
        Assert.True(await CountAsync(db, "SELECT max(length(raw)) FROM quarantined_rows") <= 1_025);
        Assert.True(allocated < 160L << 20, $"{allocated.ToString("N0", CultureInfo.InvariantCulture)} bytes allocated to import past a 200 MB line");
    }
}
