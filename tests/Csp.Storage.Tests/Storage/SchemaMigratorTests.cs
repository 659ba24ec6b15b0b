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
        var importer = new PoliceUkImporter(db, TimeProvider.System);
        await importer.ImportAsync(One(PoliceFiles.Write(dir, "january.csv", PoliceFiles.Crime("j1"), PoliceFiles.Crime("j2"), PoliceFiles.Asb(), PoliceFiles.Asb())), null, CancellationToken.None);
        await importer.ImportAsync(One(PoliceFiles.Write(dir, "february.csv", PoliceFiles.Crime("f1", month: "2025-02"))), null, CancellationToken.None);

        var applied = await SchemaMigrator.MigrateAsync(db, CancellationToken.None);

        Assert.Contains("0006_street_records_by_file", applied);
        Assert.Equal(5, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM street_records"));
        Assert.Equal(2, await PoliceUkImporterTests.CountAsync(db, "SELECT count(*) FROM street_records WHERE crime_id IS NULL AND month = 202501"));
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
        // The agencies a partnership is made of are there from the start, so the first users can be placed in one.
        Assert.Equal(["Council", "CountyCouncil", "Fire", "Health", "Police", "Probation", "VoluntarySector"],
            (await context.Agencies.Select(a => a.Kind).ToListAsync()).Order(StringComparer.Ordinal));
    }
}
