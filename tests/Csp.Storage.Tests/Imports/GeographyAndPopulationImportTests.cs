using Csp.Core.Areas;
using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Storage.Areas;
using Csp.Reporting.GeoJson;
using Csp.Storage.Loaders;
using Csp.Workbench.Imports;
using Csp.Storage;
using Csp.Testing;
using Csp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Csp.Storage.Tests.Imports;

[Collection(PostgresCollection.Name)]
public sealed class GeographyAndPopulationImportTests(PostgresServer postgres)
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_lookups_build_the_hierarchy_from_LSOA_to_force_and_areas_are_found_by_code_or_name(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var importer = new GeographyImporter(db, Clock);
        foreach (var file in InputFiles.Expand([Repository.Sample("geography")], [".csv"], out _))
        {
            Assert.Equal(FileOutcome.Added, (await importer.ImportAsync(file, CancellationToken.None)).Outcome);
            Assert.Equal(FileOutcome.Unchanged, (await importer.ImportAsync(file, CancellationToken.None)).Outcome);
        }

        await using var context = db.CreateContext();
        var gravesham = Assert.Single(await AreaDirectory.FindAsync(db, "gravesham", CancellationToken.None));
        Assert.Equal("E07000109", gravesham.Code);
        var lineage = await AreaDirectory.LineageAsync(context, gravesham, CancellationToken.None);
        Assert.Equal(["E07000109", "E22000352", "E23000032", "E92000001"], lineage.Select(a => a.Code));
        Assert.Equal([AreaLevel.District, AreaLevel.CommunitySafetyPartnership, AreaLevel.ForceArea, AreaLevel.Country], lineage.Select(a => a.Level));
        Assert.Equal("Dartford and Gravesham", (await AreaDirectory.FindAsync(db, "E22000352", CancellationToken.None)).Single().Name);
        Assert.Equal(["E07000107", "E07000109"], (await AreaDirectory.ChildrenAsync(context, "E22000352", CancellationToken.None)).Select(a => a.Code).Order());

        // Both LSOA vintages are kept: 2011 codes (2022 police files) and 2021 codes (2025 files) resolve to Gravesham.
        var memberships = await context.LsoaMemberships.Where(m => m.DistrictCode == "E07000109").ToListAsync();
        Assert.Contains(memberships, m => m.Vintage == 2011);
        Assert.Contains(memberships, m => m.Vintage == 2021);
        // Kent force area: 12 CSPs (Dartford and Gravesham is joint) over 13 districts including Medway.
        Assert.Equal(13, await context.Areas.CountAsync(a => a.Level == "District" && context.Areas.Any(c => c.Code == a.ParentCode && c.ParentCode == "E23000032")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Mid_year_estimates_keep_every_age_band_and_a_second_import_changes_nothing(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var file = InputFiles.Expand([Repository.Sample("population", "MYE2_persons_mid2022_by_LA_DERIVED.csv.gz")], [".csv"], out _).Single();
        var importer = new PopulationImporter(db, Clock);

        var report = await importer.ImportAsync(file, null, CancellationToken.None);
        var again = await importer.ImportAsync(file, null, CancellationToken.None);

        Assert.Equal(FileOutcome.Added, report.Outcome);
        Assert.Equal(["ONS mid-year estimate 2022"], report.Units);
        Assert.Equal(FileOutcome.Unchanged, again.Outcome);
        await using var context = db.CreateContext();
        var gravesham = await context.PopulationEstimates.Where(p => p.AreaCode == "E07000109" && p.Year == 2022).ToListAsync();
        Assert.Equal(92, gravesham.Count); // all ages, 0..89 and 90+
        Assert.Equal(106_970, gravesham.Single(p => p.AgeBand == "all").Persons);
        Assert.Equal(106_970, gravesham.Where(p => p.AgeBand != "all").Sum(p => p.Persons));
        Assert.Equal(118_820, (await context.PopulationEstimates.SingleAsync(p => p.AreaCode == "E07000107" && p.Year == 2022 && p.AgeBand == "all")).Persons);
    }

    /// <summary>
    /// A revised release of the same year (ONS revises mid-year estimates) replaces the values held: each replaced estimate is
    /// counted as replaced, not added, and one that comes twice in a file counts once added and once replaced, as if written
    /// one after the other (the PostgreSQL importer asks what is held, then writes, a thousand at a time).
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_revised_release_replaces_the_estimates_held_and_counts_each_replaced_one(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        var importer = new PopulationImporter(db, Clock);
        var first = InputFiles.Expand([Repository.Sample("population", "MYE2_persons_mid2022_by_LA_DERIVED.csv.gz")], [".csv"], out _).Single();
        var added = await importer.ImportAsync(first, null, CancellationToken.None);

        // The revision: Gravesham's row again with 10 more people (aged 0, and all ages), and a district new to the database (a code of
        // its own), whose row comes 12 times.
        string[] lines;
        await using (var stream = first.Open())
        using (var reader = new StreamReader(stream))
        {
            lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        }
        var gravesham = lines.Single(l => l.StartsWith("E07000109,", StringComparison.Ordinal));
        var fields = gravesham.Split(',');
        var firstNumber = Array.FindIndex(fields, f => long.TryParse(f, out _));
        string Raised(string[] f, string code) => string.Join(',', f.Select((v, i) => i == 0 ? code : (i == firstNumber || i == firstNumber + 1) && long.TryParse(v, out var n) ? (n + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : v));
        var folder = PoliceFiles.TempDirectory();
        var revised = Path.Combine(folder, "MYE2_persons_mid2022_revised.csv");
        await File.WriteAllLinesAsync(revised, [lines[0], Raised(fields, "E07000109"), .. Enumerable.Repeat(Raised(fields, "E07999999"), 12)]);
        var report = await importer.ImportAsync(InputFiles.Expand([revised], [".csv"], out _).Single(), null, CancellationToken.None);

        Assert.Equal(FileOutcome.Added, added.Outcome);
        Assert.Equal(FileOutcome.Replaced, report.Outcome);
        // 92 estimates a row (all ages, 0..89, 90+): Gravesham's 92 replace those held; the new district's 92 are added, then
        // replaced by each of its 11 rows after (1,196 writes in all: the PostgreSQL importer's batch of 1,000 ends inside them).
        Assert.Equal(92 + 11 * 92, report.RowsReplaced);
        Assert.Equal(92, report.RowsAdded);
        await using var context = db.CreateContext();
        Assert.Equal(106_980, (await context.PopulationEstimates.SingleAsync(p => p.AreaCode == "E07000109" && p.Year == 2022 && p.AgeBand == "all")).Persons);
        Assert.Equal(106_980, (await context.PopulationEstimates.SingleAsync(p => p.AreaCode == "E07999999" && p.Year == 2022 && p.AgeBand == "all")).Persons);
    }
}
