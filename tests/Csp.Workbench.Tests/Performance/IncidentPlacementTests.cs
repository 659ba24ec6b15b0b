using System.Globalization;
using System.Text;
using Csp.Core.Geography;
using Csp.Core.Geometry;
using Csp.Core.Incidents;
using Csp.Core.Performance;
using Csp.Core.Periods;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Assessment;
using Csp.Workbench.Imports;
using Csp.Workbench.Performance;

namespace Csp.Workbench.Tests.Performance;

/// <summary>
/// Incidents placed in their LSOA at import (<c>incidents.lsoa_code</c>, migration 0026) and counted by SQL for the districts
/// and months asked give exactly the figures of the way they were counted before: every incident read and placed by its
/// nearest LSOA centroid on every run (worked here in memory from the same incidents, by the Core functions that way used).
/// Incidents imported before any centroid are placed when the centroids are imported; incidents held from before 0026
/// are placed by migration 0033 (the migrator), so that reading (csp performance, the briefing) never writes.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class IncidentPlacementTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    // Gravesham's and Dartford's LSOAs (districts asked) and one of Thanet's (a district never asked), with their centroids.
    private static readonly (string Lsoa, string Ward, string District, double X, double Y)[] Lsoas =
    [
        ("E01024102", "E05012345", "E07000109", 565653, 172809),
        ("E01024150", "E05099999", "E07000107", 554000, 174000),
        ("E01024633", "E05088888", "E07000114", 638427, 169149),
    ];

    private static readonly string[] Categories = ["Domestic incident", "Violence against the person", "Anti-social behaviour"];

    /// <summary>
    /// 600 incidents from January 2024 to November 2025 (seeded): within 3 km of one of the centroids, or one in twenty 40 km from any (placed
    /// in none); domestic yes, no or not recorded; a victim key from a pool of 25, or none; a time, or none.
    /// </summary>
    private static List<IncidentRecord> Incidents()
    {
        var random = new Random(16);
        var list = new List<IncidentRecord>();
        for (var i = 0; i < 600; i++)
        {
            var at = Lsoas[random.Next(Lsoas.Length)];
            var far = random.Next(20) == 0;
            var x = at.X + (far ? 40_000 : random.Next(-3000, 3001));
            var y = at.Y + (far ? 40_000 : random.Next(-3000, 3001));
            var date = new DateOnly(2024, 1, 1).AddDays(random.Next(699)); // to 30 November 2025: the world's clock stands at 5 December 2025
            TimeOnly? time = random.Next(4) == 0 ? null : new TimeOnly(random.Next(24), random.Next(60));
            var domestic = random.Next(3) switch { 0 => (bool?)true, 1 => false, _ => null };
            var key = random.Next(5) == 0 ? null : "V" + random.Next(25).ToString(CultureInfo.InvariantCulture);
            list.Add(new IncidentRecord($"R{i}", i + 2, date, time, Categories[random.Next(Categories.Length)], 27700, x, y, null, key, null, domestic, null, null));
        }
        return list;
    }

    private static string Csv(IEnumerable<IncidentRecord> incidents)
    {
        var csv = new StringBuilder("id,date,time,category,easting,northing,victim_key,domestic\n");
        foreach (var r in incidents)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r.IncidentId},{r.Date:yyyy-MM-dd},{r.Time?.ToString("HH:mm", CultureInfo.InvariantCulture)},{r.Category},{r.X},{r.Y},{r.VictimKey},");
            csv.Append(r.Domestic switch { true => "yes", false => "no", null => "" }).Append('\n');
        }
        return csv.ToString();
    }

    /// <param name="centroidsFirst">Centroids held before the incidents are imported; else none is held.</param>
    private static async Task<PerformanceWorld> WorldAsync(DatabaseProvider provider, PostgresServer postgres, IReadOnlyList<IncidentRecord> incidents, bool centroidsFirst)
    {
        var world = await PerformanceWorld.CreateAsync(provider, postgres);
        await using (var connection = await world.Database.OpenConnectionAsync(CancellationToken.None))
        {
            Sql.Execute(connection, null, "INSERT INTO areas (code, name, level, parent_code) VALUES ('E07000114', 'Thanet', 'District', 'E23000032')");
            foreach (var l in Lsoas)
            {
                Sql.Execute(connection, null, "INSERT INTO lsoa_memberships (lsoa_code, vintage, ward_code, district_code) VALUES (@l, 2021, @w, @d)", ("l", l.Lsoa), ("w", l.Ward), ("d", l.District));
            }
        }
        if (centroidsFirst) await AddCentroidsAsync(world.Database);
        var file = Path.Combine(PoliceFiles.TempDirectory(), "incidents.csv");
        await File.WriteAllTextAsync(file, Csv(incidents));
        await foreach (var r in DataImports.RunIncidentsAsync(world.Database, world.Get<TimeProvider>(), [PerformanceWorld.File(file)], 27700, false, CancellationToken.None))
        {
            Assert.Empty(r.Issues);
        }
        return world;
    }

    private static async Task AddCentroidsAsync(CspDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        foreach (var l in Lsoas) Sql.Execute(connection, null, "INSERT INTO area_centroids (area_code, easting, northing) VALUES (@c, @x, @y)", ("c", l.Lsoa), ("x", l.X), ("y", l.Y));
    }

    /// <summary>The centroids as a user brings them: a geography file (LSOA21CD, x, y) through the geography import.</summary>
    private static async Task ImportCentroidsAsync(PerformanceWorld world)
    {
        var file = Path.Combine(PoliceFiles.TempDirectory(), "centroids.csv");
        await File.WriteAllTextAsync(file, "LSOA21CD,x,y\n" + string.Concat(Lsoas.Select(l => $"{l.Lsoa},{l.X},{l.Y}\n")));
        await foreach (var r in DataImports.RunAsync(world.Database, world.Get<TimeProvider>(), DataImports.Geography, [PerformanceWorld.File(file)], null, null, CancellationToken.None))
        {
            Assert.Empty(r.Issues);
        }
    }

    private static async Task<long> UnplacedAsync(CspDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        return Sql.Long(connection, null, "SELECT count(*) FROM incidents WHERE lsoa_code IS NULL");
    }

    /// <summary>
    /// The figures as they were counted before incidents carried their LSOA: every incident placed by its nearest centroid
    /// in memory, the districts' incidents counted by month over every whole month held, the repeat share worked out per
    /// district and over the partnership's incidents.
    /// </summary>
    private static PerformanceResult Before(IReadOnlyList<IncidentRecord> incidents, IReadOnlyList<Measure> measures, PerformanceArea area, PeriodComparison periods)
    {
        var locator = new NearestCentroid(Lsoas.Select(l => new AreaCentroid(l.Lsoa, new PlanarPoint(l.X, l.Y))).ToList());
        var districtOf = Lsoas.ToDictionary(l => l.Lsoa, l => l.District);
        var districts = area.Parts.Count > 0 ? area.Parts.Select(p => p.Code).ToList() : [area.Code];
        var byDistrict = districts.ToDictionary(d => d, _ => new List<IncidentRecord>());
        foreach (var incident in incidents)
        {
            if (locator.Find(incident.X, incident.Y) is { } lsoa && byDistrict.TryGetValue(districtOf[lsoa], out var list)) list.Add(incident);
        }
        var whole = CountedFigures.WholeMonths(incidents.Min(i => i.Date), incidents.Max(i => i.Date))!.Value;
        var data = new PerformanceData();
        foreach (var measure in measures)
        {
            foreach (var district in districts)
            {
                if (measure.SourceKind == MeasureSourceKind.IncidentCount) CountedFigures.AddIncidentMonths(data, measure, district, byDistrict[district], whole);
                else CountedFigures.AddRepeatVictims(data, measure, district, byDistrict[district], whole, [periods]);
            }
            if (measure.SourceKind == MeasureSourceKind.RepeatVictims && area.Parts.Count > 0)
            {
                CountedFigures.AddRepeatVictims(data, measure, area.Code, byDistrict.Values.SelectMany(l => l).ToList(), whole, [periods]);
            }
        }
        return PerformanceEngine.Compute(new PerformanceRequest(area, periods, measures), data);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Counting_by_the_lsoa_recorded_at_import_gives_the_figures_of_placing_every_incident_on_every_run(DatabaseProvider provider)
    {
        var incidents = Incidents();
        await using var world = await WorldAsync(provider, postgres, incidents, centroidsFirst: true);
        var measures = world.Get<PerformanceConfiguration>().Measures.Where(m => m.SourceKind is MeasureSourceKind.IncidentCount or MeasureSourceKind.RepeatVictims).ToList();
        PerformanceArea gravesham = new("E07000109", "Gravesham"), dartford = new("E07000107", "Dartford");
        var partnership = new PerformanceArea("E22000352", "Dartford and Gravesham", [dartford, gravesham]);
        var asked = new List<PeriodComparison>
        {
            PeriodComparison.Quarter(2025, 1), PeriodComparison.Quarter(2025, 2), PeriodComparison.Quarter(2025, 4),
            PeriodComparison.Explicit(new MonthRange(new YearMonth(2025, 2), new YearMonth(2025, 8)), new MonthRange(new YearMonth(2024, 2), new YearMonth(2024, 8))),
        };

        Assert.Equal(0, await UnplacedAsync(world.Database));
        var compared = 0;
        foreach (var area in new[] { partnership, gravesham, dartford })
        {
            foreach (var periods in asked)
            {
                var now = await world.Tables.ComputeAsync(area.Name, periods, Readership.Restricted, default);
                var before = Before(incidents, measures, area, periods);
                foreach (var expected in before.Rows)
                {
                    var actual = now.Result!.Rows.Single(r => r.Measure == expected.Measure);
                    Assert.Equal((expected.Value, expected.BaselineValue, expected.Change, expected.PercentChange, expected.Status, expected.DataTo),
                        (actual.Value, actual.BaselineValue, actual.Change, actual.PercentChange, actual.Status, actual.DataTo));
                    Assert.Equal(expected.ValueBase, actual.ValueBase);
                    compared++;
                }
            }
        }
        Assert.Equal(3 * 4 * measures.Count, compared);
        // Not a vacuous comparison: the figures are there, and the incidents far from any centroid are counted nowhere.
        var q2 = await world.Tables.ComputeAsync("Dartford and Gravesham", PeriodComparison.Quarter(2025, 2), Readership.Restricted, default);
        Assert.True(q2.Result!.Rows.Single(r => r.Measure == "Violence against the person incidents (incident records)").Value > 0);
        Assert.NotNull(q2.Result.Rows.Single(r => r.Measure == "Domestic abuse repeat incidents (% from incident records)").Value);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Incidents_imported_before_any_centroid_are_placed_when_the_centroids_are_imported_with_the_same_figures(DatabaseProvider provider)
    {
        var incidents = Incidents();
        await using var world = await WorldAsync(provider, postgres, incidents, centroidsFirst: false);
        var measures = world.Get<PerformanceConfiguration>().Measures.Where(m => m.SourceKind is MeasureSourceKind.IncidentCount or MeasureSourceKind.RepeatVictims).ToList();
        var partnership = new PerformanceArea("E22000352", "Dartford and Gravesham", [new("E07000107", "Dartford"), new("E07000109", "Gravesham")]);
        Assert.Equal(600, await UnplacedAsync(world.Database));

        await ImportCentroidsAsync(world);
        Assert.Equal(0, await UnplacedAsync(world.Database));

        var now = await world.Tables.ComputeAsync("Dartford and Gravesham", PeriodComparison.Quarter(2025, 3), Readership.Restricted, default);
        var before = Before(incidents, measures, partnership, PeriodComparison.Quarter(2025, 3));
        Assert.Equal(before.Rows.Select(r => (r.Measure, r.Value, r.BaselineValue)), now.Result!.Rows.Where(r => measures.Any(m => m.Name == r.Measure)).Select(r => (r.Measure, r.Value, r.BaselineValue)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Incidents_held_from_before_migration_0026_are_placed_by_the_migrator_once(DatabaseProvider provider)
    {
        var incidents = Incidents();
        var database = await TestDatabases.CreateAsync(provider, postgres, upTo: "0025_one_publications_table");
        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
        {
            // As a database held them before 0026: incidents with no lsoa_code column yet, and the centroids.
            Sql.Execute(connection, null, """
                INSERT INTO import_files (kind, name, sha256, imported_at, outcome, rows_read, rows_added, rows_quarantined, rows_replaced, rows_without_location, units)
                VALUES ('incidents', 'held.csv', 'h', '2025-12-01T00:00:00Z', 'Added', 600, 600, 0, 0, 0, '')
                """);
            var file = Sql.Long(connection, null, "SELECT max(id) FROM import_files");
            foreach (var r in incidents)
            {
                Sql.Execute(connection, null, "INSERT INTO incidents (incident_id, file_id, line, occurred_on, category, epsg, x, y) VALUES (@id, @file, @line, @on, @category, 27700, @x, @y)",
                    ("id", r.IncidentId), ("file", file), ("line", (long)r.Line), ("on", r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("category", r.Category), ("x", r.X), ("y", r.Y));
            }
            foreach (var l in Lsoas) Sql.Execute(connection, null, "INSERT INTO area_centroids (area_code, easting, northing) VALUES (@c, @x, @y)", ("c", l.Lsoa), ("x", l.X), ("y", l.Y));
        }

        var applied = await SchemaMigrator.MigrateAsync(database, CancellationToken.None);

        Assert.Contains("0033_place_held_incidents", applied);
        await using var check = await database.OpenConnectionAsync(CancellationToken.None);
        var placed = Sql.Query(check, null, "SELECT incident_id, lsoa_code FROM incidents", r => (Id: r.GetString(0), Lsoa: r.IsDBNull(1) ? null : r.GetString(1)))
            .ToDictionary(r => r.Id, r => r.Lsoa);
        var locator = new NearestCentroid(Lsoas.Select(l => new AreaCentroid(l.Lsoa, new PlanarPoint(l.X, l.Y))).ToList());
        Assert.Equal(incidents.ToDictionary(i => i.IncidentId, i => (string?)(locator.Find(i.X, i.Y) ?? "")), placed);
        Assert.Contains(placed.Values, v => v == ""); // one in twenty is 40 km from every centroid: placed in none
        // Migrating again (every command does) finds nothing to do.
        Assert.Empty(await SchemaMigrator.MigrateAsync(database, CancellationToken.None));
    }

    [Fact]
    public async Task Importing_centroids_places_every_incident_again()
    {
        var incidents = Incidents();
        await using var world = await WorldAsync(DatabaseProvider.Sqlite, postgres, incidents, centroidsFirst: true);
        const string vap = "Violence against the person incidents (incident records)";
        var quarter = PeriodComparison.Quarter(2025, 2);
        var gravesham = (await world.Tables.ComputeAsync("Gravesham", quarter, Readership.Restricted, default)).Result!.Rows.Single(r => r.Measure == vap).Value;
        var dartford = (await world.Tables.ComputeAsync("Dartford", quarter, Readership.Restricted, default)).Result!.Rows.Single(r => r.Measure == vap).Value;

        // A later release moves Gravesham's centroid 30 km east: its incidents (within 3 km of the old one, 8 km or more from
        // Dartford's) are now within 5 km of no centroid, and are counted nowhere.
        var file = Path.Combine(PoliceFiles.TempDirectory(), "centroids.csv");
        await File.WriteAllTextAsync(file, "LSOA21CD,x,y\nE01024102,595653,172809\n");
        await foreach (var r in DataImports.RunAsync(world.Database, world.Get<TimeProvider>(), DataImports.Geography, [PerformanceWorld.File(file)], null, null, CancellationToken.None))
        {
            Assert.Empty(r.Issues);
        }
        var moved = (await world.Tables.ComputeAsync("Gravesham", quarter, Readership.Restricted, default)).Result!.Rows.Single(r => r.Measure == vap).Value;
        var unmoved = (await world.Tables.ComputeAsync("Dartford", quarter, Readership.Restricted, default)).Result!.Rows.Single(r => r.Measure == vap).Value;

        Assert.True(gravesham > 0);
        Assert.Equal(0m, moved);
        Assert.Equal(dartford, unmoved);
        Assert.Equal(0, await UnplacedAsync(world.Database));
    }
}
