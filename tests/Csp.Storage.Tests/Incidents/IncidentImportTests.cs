using System.Text.Json;
using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Storage.Loaders;
using Csp.Workbench.Imports;
using Csp.Storage;
using Csp.Storage.Tests.Imports;
using Csp.Testing;
using Csp.Storage.Tests.Infrastructure;

namespace Csp.Storage.Tests.Incidents;

[Collection(PostgresCollection.Name)]
public sealed class IncidentImportTests(PostgresServer postgres)
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Good_incidents_land_in_metres_bad_ones_are_quarantined_and_a_corrected_extract_updates_in_place(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var dir = PoliceFiles.TempDirectory();
        var first = Path.Combine(dir, "asb-log.csv");
        await File.WriteAllLinesAsync(first,
        [
            "id,date,time,category,longitude,latitude,location,victim_key,domestic",
            "A1,2025-03-01,22:15,Burglary,0.3710,51.4403,High Street,v-93f1,no",
            "A2,2025-03-02,,Burglary,0.3712,51.4405,High Street,,",
            "A3,2025-13-02,,Burglary,0.3712,51.4405,High Street,,",
            "A4,2025-03-04,,Burglary,,51.4405,High Street,,",
            "A5,2025-03-05,,Burglary,0.3712,51.4405,High Street,,perhaps",
        ]);
        var importer = new IncidentImporter(db, Clock);

        var report = await importer.ImportAsync(Single(first), 27700, CancellationToken.None);
        var again = await importer.ImportAsync(Single(first), 27700, CancellationToken.None);

        Assert.Equal(FileOutcome.Added, report.Outcome);
        Assert.Equal((5L, 2L, 3L), (report.RowsRead, report.RowsAdded, report.RowsQuarantined));
        Assert.Equal([(4L, "date"), (5L, "longitude"), (6L, "domestic")], report.Issues.Select(i => (i.Line, i.Field!)));
        Assert.Equal(FileOutcome.Unchanged, again.Outcome);
        // Gravesham high street, 0.371 E 51.4403 N, is about E 565,000 N 174,000 on the National Grid.
        var x = await PoliceUkImporterTests.CountAsync(db, "SELECT CAST(x AS integer) FROM incidents WHERE incident_id = 'A1'");
        Assert.InRange(x, 564_000, 566_000);

        var corrected = Path.Combine(dir, "asb-log-corrected.csv");
        await File.WriteAllLinesAsync(corrected, ["id,date,category,easting,northing", "A1,2025-03-01,Theft from the person,565000,174000"]);
        var update = await importer.ImportAsync(Single(corrected), 27700, CancellationToken.None);
        Assert.Equal(FileOutcome.Replaced, update.Outcome);
        Assert.Equal(2, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM incidents"));
        Assert.Equal(1, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM incidents WHERE category = 'Theft from the person'"));
    }

    [Fact]
    public async Task Near_repeat_on_imported_incidents_equals_near_repeat_on_the_same_file()
    {
        var dir = PoliceFiles.TempDirectory();
        var source = Path.Combine(Repository.Root, "tests", "Csp.Core.Tests", "TestData", "chicago_be_month1.csv");
        var incidents = Path.Combine(dir, "chicago.csv");
        var lines = (await File.ReadAllLinesAsync(source)).Where(l => l.Length > 0).Select((l, i) =>
        {
            var f = l.Split(',');
            return $"C{i},{f[2]},Residential burglary,{f[0]},{f[1]}";
        });
        await File.WriteAllLinesAsync(incidents, lines.Prepend("id,date,category,x,y"));
        var database = Path.Combine(dir, "incidents.sqlite");

        var import = await CspProcess.RunSplitAsync("import", "incidents", incidents, "--crs", "26971", "--database", database);
        var fromDb = await CspProcess.RunSplitAsync("near-repeat", "--category", "residential burglary", "--permutations", "19", "--format", "json", "--database", database);
        var fromFile = await CspProcess.RunSplitAsync("near-repeat", "--input", source, "--permutations", "19", "--format", "json");

        Assert.True(import.Exit == 0, import.Stderr + import.Stdout);
        Assert.True(fromDb.Exit == 0, fromDb.Stderr);
        using var a = JsonDocument.Parse(fromDb.Stdout);
        using var b = JsonDocument.Parse(fromFile.Stdout);
        Assert.Equal(970, a.RootElement.GetProperty("events").GetInt32());
        Assert.Equal(
            b.RootElement.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("observed").GetInt64()),
            a.RootElement.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("observed").GetInt64()));
    }

    private static InputFile Single(string path) => InputFiles.Expand([path], [".csv"], out _).Single();
}
