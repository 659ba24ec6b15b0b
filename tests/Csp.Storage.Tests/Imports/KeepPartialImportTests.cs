using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Storage.Loaders;
using Csp.Storage.Status;
using Csp.Storage.Tests.Infrastructure;
using Csp.Testing;

namespace Csp.Storage.Tests.Imports;

/// <summary>--keep-partial: the rows read before the break land, and what the file holds is marked incomplete everywhere.</summary>
[Collection(PostgresCollection.Name)]
public sealed class KeepPartialImportTests(PostgresServer postgres)
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    private static InputFile Single(string path) => InputFiles.Expand([path], [".csv"], out _).Single();

    private static Task<long> CountAsync(CspDatabase db, string sql) => PoliceUkImporterTests.CountAsync(db, sql);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_truncated_police_month_kept_partial_lands_its_rows_and_status_lists_it_as_incomplete_until_a_whole_file_replaces_it(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var whole = Path.Combine(Repository.SamplePoliceUk, "2025-07-kent-street.csv.gz");
        var cut = CutFiles.GzipCutAtLineBreak(whole, 960);

        var kept = await new PoliceUkImporter(db, Clock) { KeepPartial = true }.ImportAsync(Single(cut), null, CancellationToken.None);

        Assert.Equal((FileOutcome.Added, 959L, true, true), (kept.Outcome, kept.RowsAdded, kept.Truncated, kept.KeptPartial));
        Assert.Equal(959, await CountAsync(db, "SELECT count(*) FROM street_records"));
        var status = await StatusQuery.ReadAsync(db, CancellationToken.None);
        var month = Assert.Single(status.Months);
        Assert.Equal((959L, "2025-07"), (month.Rows, month.Month));
        Assert.Contains("--keep-partial", month.Incomplete, StringComparison.Ordinal);
        Assert.Equal(["2025-07"], Assert.Single(status.Forces).IncompleteMonths);
        Assert.Equal(Path.GetFileName(cut), Path.GetFileName(Assert.Single(status.PartialFiles).Name));

        // The whole release replaces the partial month, which is then complete.
        var replaced = await new PoliceUkImporter(db, Clock).ImportAsync(Single(whole), null, CancellationToken.None);
        Assert.Equal(FileOutcome.Replaced, replaced.Outcome);
        status = await StatusQuery.ReadAsync(db, CancellationToken.None);
        Assert.Null(Assert.Single(status.Months).Incomplete);
        Assert.Empty(Assert.Single(status.Forces).IncompleteMonths);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_truncated_population_file_kept_partial_lands_its_whole_rows_and_its_year_is_marked_incomplete(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var cut = CutFiles.GzipCutAtLineBreak(Repository.Sample("population", "MYE2_persons_mid2022_by_LA_DERIVED.csv.gz"), 101);

        var report = await new PopulationImporter(db, Clock) { KeepPartial = true }.ImportAsync(Single(cut), null, CancellationToken.None);

        Assert.Equal((FileOutcome.Added, true), (report.Outcome, report.KeptPartial));
        Assert.Equal(100, await CountAsync(db, "SELECT count(*) FROM population_estimates WHERE age_band = 'all'"));
        var year = Assert.Single((await StatusQuery.ReadAsync(db, CancellationToken.None)).PopulationYears);
        Assert.True(year.Incomplete);
        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM import_files WHERE kept_partial = 1 AND truncated = 1"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task A_truncated_geography_lookup_and_incident_extract_kept_partial_keep_their_whole_rows(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var lookup = CutFiles.GzipCutAtLineBreak(Repository.Sample("geography", "lsoa21_pwc_DERIVED.csv.gz"), 51);
        var incidents = Path.Combine(PoliceFiles.TempDirectory(), "incidents.csv");
        await File.WriteAllTextAsync(incidents, "id,date,category,x,y\nA1,2025-03-01,Burglary,564816,173571\nA2,2025-03-02,Burglary,564820,173580\nA3,2025-03-0");

        var geography = await new GeographyImporter(db, Clock) { KeepPartial = true }.ImportAsync(Single(lookup), CancellationToken.None);
        var partner = await new IncidentImporter(db, Clock) { KeepPartial = true }.ImportAsync(Single(incidents), 27700, CancellationToken.None);

        Assert.Equal((FileOutcome.Added, true), (geography.Outcome, geography.KeptPartial));
        Assert.Equal(50, await CountAsync(db, "SELECT count(*) FROM area_centroids"));
        Assert.Equal((FileOutcome.Added, true, 2L), (partner.Outcome, partner.KeptPartial, partner.RowsAdded));
        Assert.Equal([GeographyImporter.Kind, IncidentImporter.Kind], (await StatusQuery.ReadAsync(db, CancellationToken.None)).PartialFiles.Select(f => f.Kind));
    }
}
