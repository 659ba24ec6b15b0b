using System.Globalization;
using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Storage.Loaders;
using Csp.Workbench.Imports;
using Csp.Storage;
using Csp.Testing;
using Csp.Storage.Tests.Infrastructure;

namespace Csp.Storage.Tests.Imports;

[Collection(PostgresCollection.Name)]
public sealed class PoliceUkImporterTests(PostgresServer postgres)
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Every_row_of_every_bundled_Kent_month_lands_and_a_second_import_adds_nothing(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var files = InputFiles.Expand([Repository.SamplePoliceUk], [".csv"], out _);
        Assert.Equal(23, files.Count);
        var importer = new PoliceUkImporter(db, Clock);

        foreach (var file in files)
        {
            var report = await importer.ImportAsync(file, null, CancellationToken.None);
            var expected = PoliceFiles.CountRows(file.Name);
            Assert.Equal(FileOutcome.Added, report.Outcome);
            Assert.Equal(expected, report.RowsRead);
            Assert.Equal(expected, report.RowsAdded);
            Assert.Equal(0, report.RowsQuarantined);
            var month = Path.GetFileName(file.Name)[..7];
            Assert.Equal([$"Kent Police {month}"], report.Units);
            Assert.Equal(expected, await RowsAsync(db, int.Parse(month.Replace("-", ""), CultureInfo.InvariantCulture)));
        }
        var total = files.Sum(f => PoliceFiles.CountRows(f.Name));
        Assert.Equal(total, await CountAsync(db, "SELECT count(*) FROM street_records"));

        var again = new PoliceUkImporter(db, Clock);
        foreach (var file in files)
        {
            var report = await again.ImportAsync(file, null, CancellationToken.None);
            Assert.Equal(FileOutcome.Unchanged, report.Outcome);
            Assert.Equal(0, report.RowsAdded);
            Assert.Equal(report.RowsRead, report.RowsDuplicate);
        }
        Assert.Equal(total, await CountAsync(db, "SELECT count(*) FROM street_records"));
        Assert.Equal(23, await CountAsync(db, "SELECT count(*) FROM import_files"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_later_release_of_a_force_month_replaces_it_whole_and_says_so(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var dir = PoliceFiles.TempDirectory();
        var first = PoliceFiles.Write(dir, "first.csv", PoliceFiles.Crime("a1"), PoliceFiles.Crime("a2"), PoliceFiles.Asb());
        var later = PoliceFiles.Write(dir, "later.csv", PoliceFiles.Crime("a1"), PoliceFiles.Asb());
        var importer = new PoliceUkImporter(db, Clock);

        var one = await importer.ImportAsync(Single(first), null, CancellationToken.None);
        var two = await importer.ImportAsync(Single(later), null, CancellationToken.None);

        Assert.Equal(FileOutcome.Added, one.Outcome);
        Assert.Equal(FileOutcome.Replaced, two.Outcome);
        Assert.Equal(3, two.RowsReplaced);
        Assert.Equal(2, two.RowsAdded);
        Assert.Equal(2, await RowsAsync(db, 202501));
        Assert.Equal(2, await CountAsync(db, "SELECT count(*) FROM street_records"));

        // Offering the first release again makes it current again: it is not the content that is held now.
        var back = await importer.ImportAsync(Single(first), null, CancellationToken.None);
        Assert.Equal(FileOutcome.Replaced, back.Outcome);
        Assert.Equal(3, await CountAsync(db, "SELECT count(*) FROM street_records"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_later_release_of_one_month_of_a_two_month_file_replaces_that_month_and_keeps_the_other(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var dir = PoliceFiles.TempDirectory();
        var both = PoliceFiles.Write(dir, "both.csv", PoliceFiles.Crime("j1"), PoliceFiles.Crime("j2"), PoliceFiles.Asb(),
            PoliceFiles.Crime("f1", month: "2025-02"), PoliceFiles.Crime("f2", month: "2025-02"));
        var february = PoliceFiles.Write(dir, "february.csv", PoliceFiles.Crime("f9", month: "2025-02"));
        var importer = new PoliceUkImporter(db, Clock);

        var first = await importer.ImportAsync(Single(both), null, CancellationToken.None);
        var second = await importer.ImportAsync(Single(february), null, CancellationToken.None);

        Assert.Equal(["Kent Police 2025-01", "Kent Police 2025-02"], first.Units);
        Assert.Equal((FileOutcome.Replaced, 2L, 1L), (second.Outcome, second.RowsReplaced, second.RowsAdded));
        Assert.Equal(3, await RowsAsync(db, 202501));
        Assert.Equal(1, await RowsAsync(db, 202502));
        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM street_records WHERE month = 202502 AND crime_id = 'f9'"));
        Assert.Equal(1, await CountAsync(db, "SELECT rows FROM force_months WHERE month = 202502"));

        // The two-month file again: January is still its own, February comes back from it.
        var again = await importer.ImportAsync(Single(both), null, CancellationToken.None);
        Assert.Equal((FileOutcome.Replaced, 4L, 5L), (again.Outcome, again.RowsReplaced, again.RowsAdded));
        Assert.Equal(5, await CountAsync(db, "SELECT count(*) FROM street_records"));
        Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM street_records WHERE crime_id = 'f9'"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Identical_ASB_rows_are_distinct_incidents_and_are_all_kept(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var path = PoliceFiles.Write(PoliceFiles.TempDirectory(), "asb.csv", PoliceFiles.Asb(), PoliceFiles.Asb(), PoliceFiles.Asb(), PoliceFiles.Crime("x"));

        var report = await new PoliceUkImporter(db, Clock).ImportAsync(Single(path), null, CancellationToken.None);

        Assert.Equal(4, report.RowsAdded);
        Assert.Equal(3, await CountAsync(db, "SELECT count(*) FROM street_records r JOIN crime_types t ON t.id = r.crime_type_id WHERE t.name = 'Anti-social behaviour' AND r.crime_id IS NULL"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Bad_rows_are_quarantined_with_line_field_and_reason_while_the_good_rows_land(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var path = PoliceFiles.Write(PoliceFiles.TempDirectory(), "mixed.csv",
            PoliceFiles.Crime("good1"),
            PoliceFiles.Crime("badmonth", month: "2025-13"),
            PoliceFiles.Crime("badlat", lat: "95.1"),
            "too,few,fields",
            PoliceFiles.Crime("good2"),
            ",2025-01,Kent Police,Kent Police,,,No location,,,Anti-social behaviour,,");

        var report = await new PoliceUkImporter(db, Clock).ImportAsync(Single(path), null, CancellationToken.None);

        Assert.Equal(FileOutcome.Added, report.Outcome);
        Assert.Equal(6, report.RowsRead);
        Assert.Equal(3, report.RowsAdded);
        Assert.Equal(3, report.RowsQuarantined);
        Assert.Equal(1, report.RowsWithoutLocation);
        Assert.Collection(report.Issues,
            i => Assert.Equal((3L, "Month"), (i.Line, i.Field)),
            i => Assert.Equal((4L, "Latitude"), (i.Line, i.Field)),
            i => Assert.Equal((5L, (string?)null), (i.Line, i.Field)));
        Assert.All(report.Issues, i => Assert.Contains("mixed.csv", i.ToString(), StringComparison.Ordinal));
        Assert.Equal(3, await CountAsync(db, "SELECT count(*) FROM quarantined_rows WHERE raw IS NOT NULL AND line > 0"));
        Assert.Equal(3, await CountAsync(db, "SELECT count(*) FROM street_records"));

        // Importing the same file again adds nothing and quarantines nothing twice.
        var again = await new PoliceUkImporter(db, Clock).ImportAsync(Single(path), null, CancellationToken.None);
        Assert.Equal(FileOutcome.Unchanged, again.Outcome);
        Assert.Equal(3, await CountAsync(db, "SELECT count(*) FROM quarantined_rows"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_file_missing_a_column_is_rejected_with_its_reason_recorded_once(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var dir = PoliceFiles.TempDirectory();
        var path = Path.Combine(dir, "nocrimetype.csv");
        await File.WriteAllTextAsync(path, "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name\nx,2025-01,Kent Police,Kent Police,0.3,51.4,Here,E01024102,Gravesham 004A\n");

        var report = await new PoliceUkImporter(db, Clock).ImportAsync(Single(path), null, CancellationToken.None);
        var again = await new PoliceUkImporter(db, Clock).ImportAsync(Single(path), null, CancellationToken.None);

        Assert.Equal(FileOutcome.Rejected, report.Outcome);
        var issue = Assert.Single(report.Issues);
        Assert.Equal((1L, "Crime type"), (issue.Line, issue.Field));
        Assert.Equal(FileOutcome.Unchanged, again.Outcome);
        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM quarantined_rows"));
        Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM street_records"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_truncated_release_does_not_replace_a_complete_month(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var dir = PoliceFiles.TempDirectory();
        var complete = PoliceFiles.Write(dir, "complete.csv", PoliceFiles.Crime("a1"), PoliceFiles.Crime("a2"), PoliceFiles.Asb());
        var cut = Path.Combine(dir, "cut.csv");
        // The download stops in the middle of its third row, with no line break at the end.
        await File.WriteAllTextAsync(cut, PoliceFiles.Header + "\n" + PoliceFiles.Crime("b1") + "\n" + PoliceFiles.Crime("b2") + "\n" + PoliceFiles.Crime("b3")[..40]);
        var importer = new PoliceUkImporter(db, Clock);

        await importer.ImportAsync(Single(complete), null, CancellationToken.None);
        var report = await importer.ImportAsync(Single(cut), null, CancellationToken.None);

        Assert.Equal(FileOutcome.Rejected, report.Outcome);
        Assert.Contains("truncated", report.Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(db, "SELECT count(*) FROM street_records"));
        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM street_records WHERE crime_id = 'a1'"));
        Assert.Equal(2, await CountAsync(db, "SELECT count(*) FROM import_files"));

        // New ids after the rollback are still consistent: a further good import lands.
        var later = PoliceFiles.Write(dir, "later.csv", PoliceFiles.Crime("c1", month: "2025-02", type: "A new type"));
        Assert.Equal(FileOutcome.Added, (await importer.ImportAsync(Single(later), null, CancellationToken.None)).Outcome);
        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM street_records r JOIN crime_types t ON t.id = r.crime_type_id WHERE t.name = 'A new type'"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task One_run_over_many_files_reports_each_in_order_as_one_at_a_time_would(DatabaseProvider provider)
    {
        // The reader runs ahead of the writer into the next files: a file seen twice in the run is Unchanged the second
        // time, a file rejected whole or rolled back (a truncated re-release) in the middle leaves the files after it whole.
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var dir = PoliceFiles.TempDirectory();
        var january = PoliceFiles.Write(dir, "january.csv", PoliceFiles.Crime("j1"), PoliceFiles.Crime("j2", type: "Robbery"), PoliceFiles.Asb());
        var noColumn = Path.Combine(dir, "nocolumn.csv");
        await File.WriteAllTextAsync(noColumn, "Crime ID,Month\nx,2025-01\n");
        var cut = Path.Combine(dir, "cut.csv");
        await File.WriteAllTextAsync(cut, PoliceFiles.Header + "\n" + PoliceFiles.Crime("b1", type: "Shoplifting") + "\n" + PoliceFiles.Crime("b2")[..40]);
        var february = PoliceFiles.Write(dir, "february.csv", PoliceFiles.Crime("f1", month: "2025-02", type: "Arson"), PoliceFiles.Crime("f2", month: "2025-02", type: "Shoplifting"));
        var big = Enumerable.Range(1, 5000).Select(n => PoliceFiles.Crime($"m{n}", month: "2025-03", type: n % 2 == 0 ? "Drugs" : "Bicycle theft")).ToArray();
        var march = PoliceFiles.Write(dir, "march.csv", big);
        var files = new[] { january, noColumn, cut, february, january, march, february }.Select(Single).ToList();

        var reports = new List<FileImportReport>();
        await foreach (var report in new PoliceUkImporter(db, Clock).ImportAsync(files, null, CancellationToken.None)) reports.Add(report);

        Assert.Equal(files.Select(f => f.Name), reports.Select(r => r.File));
        Assert.Equal([FileOutcome.Added, FileOutcome.Rejected, FileOutcome.Rejected, FileOutcome.Added, FileOutcome.Unchanged, FileOutcome.Added, FileOutcome.Unchanged],
            reports.Select(r => r.Outcome));
        Assert.Equal([3L, 0, 0, 2, 0, 5000, 0], reports.Select(r => r.RowsAdded));
        Assert.Equal(3 + 2 + 5000, await CountAsync(db, "SELECT count(*) FROM street_records"));
        Assert.Equal(3, await CountAsync(db, "SELECT count(*) FROM force_months"));
        // Every row's vocabulary is there, with one id per name, although the rolled-back file's names came before them.
        Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM street_records r LEFT JOIN crime_types t ON t.id = r.crime_type_id WHERE t.id IS NULL"));
        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM crime_types WHERE name = 'Shoplifting'"));
        Assert.Equal(2500, await CountAsync(db, "SELECT count(*) FROM street_records r JOIN crime_types t ON t.id = r.crime_type_id WHERE t.name = 'Drugs'"));
    }

    [Fact]
    public async Task A_caller_that_stops_taking_reports_ends_the_run_with_whole_files_only()
    {
        var db = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite, postgres);
        var dir = PoliceFiles.TempDirectory();
        var files = Enumerable.Range(1, 9)
            .Select(m => Single(PoliceFiles.Write(dir, $"2025-0{m}.csv", Enumerable.Range(1, 3000).Select(n => PoliceFiles.Crime($"c{m}-{n}", month: $"2025-0{m}")).ToArray())))
            .ToList();

        await foreach (var report in new PoliceUkImporter(db, Clock).ImportAsync(files, null, CancellationToken.None))
        {
            Assert.Equal(FileOutcome.Added, report.Outcome);
            break;
        }

        var months = await CountAsync(db, "SELECT count(*) FROM force_months");
        Assert.InRange(months, 1, 9);
        Assert.Equal(months * 3000, await CountAsync(db, "SELECT count(*) FROM street_records"));
        Assert.Equal(months, await CountAsync(db, "SELECT count(*) FROM import_files WHERE outcome = 'Added'"));
    }

    [Fact]
    public async Task A_zip_of_a_folder_of_months_imports_each_member_as_its_own_file()
    {
        var db = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite, postgres);
        var dir = PoliceFiles.TempDirectory();
        PoliceFiles.Write(Path.Combine(dir, "2025-01"), "2025-01-kent-street.csv", PoliceFiles.Crime("j1"), PoliceFiles.Asb());
        PoliceFiles.Write(Path.Combine(dir, "2025-02"), "2025-02-kent-street.csv", PoliceFiles.Crime("f1", month: "2025-02"));
        var zip = Path.Combine(PoliceFiles.TempDirectory(), "download.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(dir, zip);

        var files = InputFiles.Expand([zip], [".csv"], out _);
        var importer = new PoliceUkImporter(db, Clock);
        var reports = new List<FileImportReport>();
        foreach (var f in files) reports.Add(await importer.ImportAsync(f, null, CancellationToken.None));

        Assert.Equal(["Kent Police 2025-01", "Kent Police 2025-02"], reports.SelectMany(r => r.Units));
        Assert.All(reports, r => Assert.Contains("download.zip!", r.File, StringComparison.Ordinal));
        Assert.Equal(3, await CountAsync(db, "SELECT count(*) FROM street_records"));
    }

    private static InputFile Single(string path) => InputFiles.Expand([path], [".csv"], out _).Single();

    internal static async Task<long> CountAsync(CspDatabase db, string sql)
    {
        await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static Task<long> RowsAsync(CspDatabase db, int month) =>
        CountAsync(db, $"SELECT count(*) FROM street_records WHERE month = {month}");
}
