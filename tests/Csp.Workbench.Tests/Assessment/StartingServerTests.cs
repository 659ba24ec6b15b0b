using System.Text.Json;
using Csp.Core.Areas;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Storage;
using Csp.Storage.Assessment;
using Csp.Testing;
using Csp.Workbench.Assessment;
using Csp.Workbench.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Assessment;

/// <summary>
/// A server that has just started (the data read whole, <see cref="AssessmentReading.Whole"/>, not yet in memory) answers a
/// page about one area from a read of the area's part (the CLI's <see cref="AssessmentScope"/>): everything the dashboard
/// and the API show of it (the assessment, its JSON, the default period, the siblings' rates, the figures by ward, the
/// areas to choose among) equals what the whole data gives, on the sample with other forces beside Kent's.
/// </summary>
[Collection(MixedForcesCollection.Name)]
public sealed class StartingServerTests(MixedForces data)
{
    private static readonly PeriodComparison Periods = PeriodComparison.Explicit(new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 9)), new MonthRange(new YearMonth(2022, 1), new YearMonth(2022, 9)));

    public static TheoryData<DatabaseProvider, string> Areas()
    {
        var areas = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            areas.Add(provider, "Dartford and Gravesham");   // the sample's partnership, where serve opens
            areas.Add(provider, "Gravesham");                // BTP's cells, a Most Similar Group in Sussex
            areas.Add(provider, MixedForces.GraveshamWard);  // a ward
        }
        return areas;
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public async Task Before_the_whole_data_is_in_memory_an_area_is_shown_as_the_whole_data_shows_it(DatabaseProvider provider, string areaName)
    {
        var database = await data.DatabaseAsync(provider);
        var starting = Use(database).GetRequiredService<Assessments>();
        var area = (await starting.FindAreaAsync(areaName, CancellationToken.None)).Area!;
        // The dashboard's map, asked for first of all (its code, as the page's script asks).
        var mapBefore = await Use(database).GetRequiredService<SmallAreaMaps>().GeoJsonAsync(area.Code, Periods.Period, Periods.Baseline, null, Readership.Restricted, CancellationToken.None);
        var part = await starting.SnapshotAsync(area, CancellationToken.None);

        var started = Use(database);
        var assessments = started.GetRequiredService<Assessments>();
        var whole = await assessments.SnapshotAsync(CancellationToken.None);
        Assert.Same(whole, started.GetRequiredService<AssessmentCache>().Whole);
        Assert.Same(whole, await assessments.SnapshotAsync(area, CancellationToken.None));
        // The part was read, not the whole: fewer LSOAs (Brighton's are the whole's only).
        Assert.True(part.Data.Counts.Units.Count < whole.Data.Counts.Units.Count);
        Assert.DoesNotContain(MixedForces.BrightonLsoa, part.Data.Counts.Units);

        Assert.Equal(whole.DefaultPeriods(area), part.DefaultPeriods(area));
        var configuration = data.Configuration;
        var (fromPart, fromWhole) = (part.Assess(area, Periods, configuration, null, false), whole.Assess(area, Periods, configuration, null, false));
        Assert.NotNull(fromWhole.Result);
        Assert.Equal(whole.Json(fromWhole.Result), part.Json(fromPart.Result!));
        foreach (var readership in new[] { Readership.Restricted, Readership.Public })
        {
            Assert.Equal(Json(SiblingRates.Compute(whole, configuration, area, Periods, null, false, readership)),
                Json(SiblingRates.Compute(part, configuration, area, Periods, null, false, readership)));
        }
        if (SmallAreaMaps.MapLevel(area.Level) is { } level)
        {
            var figures = SmallAreaFigures.Compute(whole, area, level, Periods.Period, Periods.Baseline, configuration.CrimeTypesOf(OffenceScheme.TotalCrime, whole.CrimeTypes));
            Assert.NotEmpty(figures);
            Assert.Equal(Json(figures),
                Json(SmallAreaFigures.Compute(part, area, level, Periods.Period, Periods.Baseline, configuration.CrimeTypesOf(OffenceScheme.TotalCrime, part.CrimeTypes))));
        }
        Assert.NotNull(mapBefore);
        Assert.Equal(System.Text.Encoding.UTF8.GetString((await started.GetRequiredService<SmallAreaMaps>().GeoJsonAsync(area.Code, Periods.Period, Periods.Baseline, null,
            Readership.Restricted, CancellationToken.None))!), System.Text.Encoding.UTF8.GetString(mapBefore));
        // The dashboard's wards of the district in view come from the part too.
        var district = area.Level == AreaLevel.Ward ? whole.Areas.Find(area.ParentCode!)! : area;
        Assert.Equal(whole.Areas.Within(district, AreaLevel.Ward).Select(a => a.Code), part.Areas.Within(district, AreaLevel.Ward).Select(a => a.Code));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_areas_to_choose_among_read_alone_are_those_of_the_whole_data(DatabaseProvider provider)
    {
        var database = await data.DatabaseAsync(provider);
        var alone = await AreaListing.ReadAsync(database, CancellationToken.None);
        var whole = (await Use(database).GetRequiredService<Assessments>().SnapshotAsync(CancellationToken.None)).Listing;

        // Those whose own force's data is held, with their partnerships and districts that hold counts.
        Assert.Equal(["Kent", "Metropolitan Police", "Sussex"], whole.ForceAreas.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal(whole.ForceAreas, alone.ForceAreas);
        foreach (var force in whole.ForceAreas)
        {
            Assert.NotEmpty(whole.Within(force, AreaLevel.District));
            foreach (var level in new[] { AreaLevel.CommunitySafetyPartnership, AreaLevel.District })
            {
                Assert.Equal(whole.Within(force, level), alone.Within(force, level));
            }
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, CspJson.Indented);

    private ServiceProvider Use(CspDatabase database)
    {
        var services = new ServiceCollection();
        services.AddSingleton(data.Configuration);
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)));
        services.AddSingleton(typeof(AssessmentReading), AssessmentReading.Whole);
        services.AddCsp(_ => database, _ => Repository.Root);
        return services.BuildServiceProvider();
    }
}
