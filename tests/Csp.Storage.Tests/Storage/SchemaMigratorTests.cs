using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Storage.Loaders;
using Csp.Workbench.Imports;
using Csp.Storage;
using Csp.Storage.Tests.Imports;
using Csp.Testing;
using Csp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Csp.Storage.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMigratorTests(PostgresServer postgres)
{
    [Fact]
    public void Every_migration_exists_for_both_databases()
    {
        var sqlite = SchemaMigrator.Migrations(DatabaseProvider.Sqlite).Select(m => m.Id);
        var pg = SchemaMigrator.Migrations(DatabaseProvider.PostgreSql).Select(m => m.Id);
        Assert.Equal(sqlite, pg);
        Assert.True(sqlite.Count() >= 2);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Upgrading_an_older_database_keeps_its_data(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres, upTo: "0001_areas_and_population");
        await using (var context = db.CreateContext())
        {
            context.Areas.Add(new() { Code = "E07000109", Name = "Gravesham", Level = "District", ParentCode = "E22000352" });
            context.PopulationEstimates.Add(new() { AreaCode = "E07000109", Year = 2022, Source = "ONS mid-year estimate", AgeBand = "all", Persons = 106_970 });
            await context.SaveChangesAsync();
        }

        var applied = await SchemaMigrator.MigrateAsync(db, CancellationToken.None);

        Assert.Equal(SchemaMigrator.Migrations(provider).Select(m => m.Id).Skip(1), applied);
        await using var after = db.CreateContext();
        Assert.Equal("Gravesham", (await after.Areas.SingleAsync()).Name);
        Assert.Equal(106_970, (await after.PopulationEstimates.SingleAsync()).Persons);
        Assert.Equal(0, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM street_records"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Upgrading_street_records_imported_before_0006_keeps_every_row_and_a_later_release_still_replaces_its_month(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres, upTo: "0004_area_shapes");
        var dir = PoliceFiles.TempDirectory();
        // The rows as a release of that time left them, written in its schema: today's importer needs columns added since.
        await WriteAsBefore0006Async(db);

        var applied = await SchemaMigrator.MigrateAsync(db, CancellationToken.None);

        Assert.Contains("0006_street_records_by_file", applied);
        Assert.Equal(5, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM street_records"));
        Assert.Equal(2, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM street_records WHERE crime_id IS NULL AND month = 202501"));
        // 0013 counts the rows already held (January's burglaries, its two ASB rows, February's burglary).
        Assert.Contains("0013_street_counts", applied);
        await StreetCountsTests.AssertMatchRowsAsync(db, expectedCells: 3);
        if (provider == DatabaseProvider.PostgreSql)
        {
            Assert.Equal(2, await PoliceUkImporterTests.CountAsync(db, """
                SELECT count(*) FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = 'street_records'::regclass AND i.indisprimary AND a.attname IN ('file_id', 'line')
                """));
        }
        var later = await new PoliceUkImporter(db, TimeProvider.System).ImportAsync(
            One(PoliceFiles.Write(dir, "january-later.csv", PoliceFiles.Crime("j1"))), null, CancellationToken.None);
        Assert.Equal((FileOutcome.Replaced, 4L), (later.Outcome, later.RowsReplaced));
        Assert.Equal(2, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM street_records"));
        await StreetCountsTests.AssertMatchRowsAsync(db, expectedCells: 2);
    }

    private static InputFile One(string path) => InputFiles.Expand([path], [".csv"], out _).Single();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Migrating_an_up_to_date_database_applies_nothing_and_every_mapped_table_can_be_read(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);

        Assert.Empty(await SchemaMigrator.MigrateAsync(db, CancellationToken.None));
        await using var context = db.CreateContext();
        // Reading each entity set fails if a mapping names a table or column the SQL did not create.
        Assert.Empty(await context.Areas.ToListAsync());
        Assert.Empty(await context.LsoaMemberships.ToListAsync());
        Assert.Empty(await context.PopulationEstimates.ToListAsync());
        Assert.Empty(await context.ImportFiles.ToListAsync());
        Assert.Empty(await context.QuarantinedRows.ToListAsync());
        Assert.Empty(await context.ForceMonths.ToListAsync());
        Assert.Empty(await context.PoliceForces.ToListAsync());
        Assert.Empty(await context.Users.ToListAsync());
        Assert.Empty(await context.UserRoles.ToListAsync());
        Assert.Empty(await context.AuditLog.ToListAsync());
        Assert.Empty(await context.WebImports.ToListAsync());
        // 0011, ASB cases.
        Assert.Empty(await context.AsbCases.ToListAsync());
        Assert.Empty(await context.CaseAgencies.ToListAsync());
        Assert.Empty(await context.People.ToListAsync());
        Assert.Empty(await context.CasePeople.ToListAsync());
        Assert.Empty(await context.CaseIncidents.ToListAsync());
        Assert.Empty(await context.CaseNotes.ToListAsync());
        Assert.Empty(await context.CaseTasks.ToListAsync());
        Assert.Empty(await context.RiskAssessments.ToListAsync());
        Assert.Empty(await context.Interventions.ToListAsync());
        Assert.Empty(await context.InterventionBreaches.ToListAsync());
        Assert.Empty(await context.CaseReviews.ToListAsync());
        Assert.Empty(await context.CaseReviewComplaints.ToListAsync());
        Assert.Empty(await context.SharingAgreements.ToListAsync());
        // 0010, partner returns and measures.
        Assert.Empty(await context.Measures.ToListAsync());
        Assert.Empty(await context.MeasureAreaTargets.ToListAsync());
        Assert.Empty(await context.ComparatorGroups.ToListAsync());
        Assert.Empty(await context.ReturnValues.ToListAsync());
        // The agencies a partnership is made of are there from the start, so the first users can be placed in one.
        Assert.Equal(["Council", "CountyCouncil", "Fire", "Health", "Police", "Probation", "VoluntarySector"],
            (await context.Agencies.Select(a => a.Kind).ToListAsync()).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// January (crimes j1, j2 and two identical ASB rows) and February (crime f1) of Kent Police as an import before 0006
    /// stored them: one import_files row per file, force_months pointing at it, street_records keyed by force, month, line.
    /// </summary>
    private static async Task WriteAsBefore0006Async(CspDatabase db)
    {
        await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
        var statements = new[]
        {
            "INSERT INTO police_forces (id, name) VALUES (1, 'Kent Police')",
            "INSERT INTO crime_types (id, name) VALUES (1, 'Burglary'), (2, 'Anti-social behaviour')",
            "INSERT INTO street_locations (id, name) VALUES (1, 'On or near Windmill Street')",
            "INSERT INTO police_lsoas (id, code, name) VALUES (1, 'E01024102', 'Gravesham 004A')",
            """
            INSERT INTO import_files (id, kind, name, sha256, imported_at, outcome, rows_read, rows_added, rows_quarantined, rows_replaced, rows_without_location, units, message)
            VALUES (1, 'police-uk', 'january.csv', 'aa', '2025-03-01T00:00:00Z', 'Added', 4, 4, 0, 0, 0, 'Kent Police 2025-01', NULL),
                   (2, 'police-uk', 'february.csv', 'bb', '2025-04-01T00:00:00Z', 'Added', 1, 1, 0, 0, 0, 'Kent Police 2025-02', NULL)
            """,
            "INSERT INTO force_months (force_id, month, file_id, rows) VALUES (1, 202501, 1, 4), (1, 202502, 2, 1)",
            """
            INSERT INTO street_records (force_id, month, line, file_id, crime_id, falls_within_id, longitude, latitude, location_id, lsoa_id, crime_type_id, outcome_id, context)
            VALUES (1, 202501, 2, 1, 'j1', 1, 0.368, 51.441, 1, 1, 1, NULL, NULL),
                   (1, 202501, 3, 1, 'j2', 1, 0.368, 51.441, 1, 1, 1, NULL, NULL),
                   (1, 202501, 4, 1, NULL, 1, 0.368, 51.441, 1, 1, 2, NULL, NULL),
                   (1, 202501, 5, 1, NULL, 1, 0.368, 51.441, 1, 1, 2, NULL, NULL),
                   (1, 202502, 2, 2, 'f1', 1, 0.368, 51.441, 1, 1, 1, NULL, NULL)
            """,
        };
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            // Explicit ids leave the identity sequences behind; the release that wrote them had advanced them.
            foreach (var table in new[] { "import_files", "police_forces", "crime_types", "street_locations", "police_lsoas" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))";
                await command.ExecuteNonQueryAsync();
            }
        }
    }
}
