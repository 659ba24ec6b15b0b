using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Storage.Loaders;
using Csp.Storage.Tests.Infrastructure;
using Csp.Testing;

namespace Csp.Storage.Tests.Imports;

/// <summary>
/// street_counts (migration 0013), which the assessment reads instead of grouping every row: after every import, re-import,
/// replacement of a month and rolled-back file it equals a GROUP BY over the located street records.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StreetCountsTests(PostgresServer postgres)
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A row of another force in the same LSOA as <see cref="PoliceFiles.Crime"/>'s: their counts are kept apart and add up in the LSOA.</summary>
    private static string Met(string id, string month = "2025-01", string type = "Burglary") =>
        $"{id},{month},Metropolitan Police Service,Metropolitan Police Service,0.368,51.441,On or near Windmill Street,E01024102,Gravesham 004A,{type},Under investigation,";

    /// <summary>A row with no location and no LSOA: in no area, so in no count.</summary>
    private static string Nowhere(string id, string month = "2025-01") =>
        $"{id},{month},Kent Police,Kent Police,,,No location,,,Burglary,Under investigation,";

    /// <summary>A row in another LSOA of Kent.</summary>
    private static string Dartford(string id, string month = "2025-01", string type = "Robbery") =>
        $"{id},{month},Kent Police,Kent Police,0.21,51.44,On or near High Street,E01023999,Dartford 001A,{type},Under investigation,";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_counts_equal_a_GROUP_BY_over_the_rows_after_imports_replacements_and_a_rollback(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var dir = PoliceFiles.TempDirectory();
        var january = PoliceFiles.Write(dir, "january.csv", PoliceFiles.Crime("j1"), PoliceFiles.Crime("j2"), PoliceFiles.Asb(), PoliceFiles.Asb(), Nowhere("j3"),
            Dartford("j4"), PoliceFiles.Crime("f1", month: "2025-02"), Dartford("f2", month: "2025-02", type: "Drugs"));
        var met = PoliceFiles.Write(dir, "met.csv", Met("m1"), Met("m2", type: "Robbery"), Met("m3", month: "2025-02"));
        var februaryAgain = PoliceFiles.Write(dir, "february-again.csv", PoliceFiles.Crime("g1", month: "2025-02", type: "Arson"), Nowhere("g2", month: "2025-02"));
        var importer = new PoliceUkImporter(db, Clock);

        Assert.Equal(FileOutcome.Added, (await importer.ImportAsync(Single(january), null, CancellationToken.None)).Outcome);
        await AssertMatchRowsAsync(db, expectedCells: 5);
        Assert.Equal(FileOutcome.Added, (await importer.ImportAsync(Single(met), null, CancellationToken.None)).Outcome);
        await AssertMatchRowsAsync(db, expectedCells: 8);
        // Kent's February replaced: its two cells go, one comes (the row without an LSOA is in none); the Met's February and Kent's January stay.
        Assert.Equal(FileOutcome.Replaced, (await importer.ImportAsync(Single(februaryAgain), null, CancellationToken.None)).Outcome);
        await AssertMatchRowsAsync(db, expectedCells: 7);
        // The same content again changes nothing.
        Assert.Equal(FileOutcome.Unchanged, (await importer.ImportAsync(Single(februaryAgain), null, CancellationToken.None)).Outcome);
        await AssertMatchRowsAsync(db, expectedCells: 7);
        // The first file again is current again: Kent's January and February come back from it.
        Assert.Equal(FileOutcome.Replaced, (await importer.ImportAsync(Single(january), null, CancellationToken.None)).Outcome);
        await AssertMatchRowsAsync(db, expectedCells: 8);
        Assert.Equal(2, await PoliceUkImporterTests.CountAsync(db,
            "SELECT sum(records) FROM street_counts c JOIN police_forces f ON f.id = c.force_id WHERE f.name = 'Kent Police' AND c.month = 202501 AND c.crime_type_id = (SELECT id FROM crime_types WHERE name = 'Burglary')"));

        // A truncated re-release of Kent's January is rolled back whole: its counts with its rows.
        var cut = Path.Combine(dir, "cut.csv");
        await File.WriteAllTextAsync(cut, PoliceFiles.Header + "\n" + PoliceFiles.Crime("b1", type: "Shoplifting") + "\n" + PoliceFiles.Crime("b2")[..40]);
        Assert.Equal(FileOutcome.Rejected, (await importer.ImportAsync(Single(cut), null, CancellationToken.None)).Outcome);
        await AssertMatchRowsAsync(db, expectedCells: 8);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_counts_of_the_bundled_Kent_sample_equal_a_GROUP_BY_over_its_rows(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var files = InputFiles.Expand([Repository.SamplePoliceUk], [".csv"], out _);
        await foreach (var _ in new PoliceUkImporter(db, Clock).ImportAsync(files, null, CancellationToken.None))
        {
        }
        await AssertMatchRowsAsync(db, expectedCells: null);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_file_of_more_crime_types_than_the_dense_count_takes_is_counted_cell_by_cell_and_equals_the_GROUP_BY(DatabaseProvider provider)
    {
        // 300 crime types (the dense count takes 256): the rows before the 257th type are counted densely, then moved to
        // cells; every type twice in Gravesham, once in Dartford, in two months, with unlocated rows between.
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var dir = PoliceFiles.TempDirectory();
        var rows = Enumerable.Range(0, 300).SelectMany(i => new[]
        {
            PoliceFiles.Crime($"a{i}", type: $"Kind {i}"), PoliceFiles.Crime($"b{i}", type: $"Kind {i}"),
            Dartford($"c{i}", month: "2025-02", type: $"Kind {i}"), Nowhere($"d{i}"),
        }).ToArray();
        var wide = PoliceFiles.Write(dir, "wide.csv", rows);

        Assert.Equal(FileOutcome.Added, (await new PoliceUkImporter(db, Clock).ImportAsync(Single(wide), null, CancellationToken.None)).Outcome);

        await AssertMatchRowsAsync(db, expectedCells: 600);
        Assert.Equal(600, await PoliceUkImporterTests.CountAsync(db, "SELECT sum(records) FROM street_counts WHERE month = 202501"));
    }

    /// <summary>The kept counts, row for row, against the GROUP BY the assessment used to run; and that there are counts.</summary>
    internal static async Task AssertMatchRowsAsync(CspDatabase db, int? expectedCells)
    {
        var kept = await ReadAsync(db, "SELECT force_id, month, lsoa_id, crime_type_id, records FROM street_counts ORDER BY force_id, month, lsoa_id, crime_type_id");
        var grouped = await ReadAsync(db, """
            SELECT force_id, month, lsoa_id, crime_type_id, count(*) FROM street_records WHERE lsoa_id IS NOT NULL
            GROUP BY force_id, month, lsoa_id, crime_type_id ORDER BY force_id, month, lsoa_id, crime_type_id
            """);
        Assert.NotEmpty(grouped);
        if (expectedCells is { } cells) Assert.Equal(cells, grouped.Count);
        Assert.Equal(grouped, kept);
    }

    private static async Task<List<(long Force, long Month, long Lsoa, long Type, long Records)>> ReadAsync(CspDatabase db, string sql)
    {
        await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, long, long, long, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return rows;
    }

    private static InputFile Single(string path) => InputFiles.Expand([path], [".csv"], out _).Single();
}
