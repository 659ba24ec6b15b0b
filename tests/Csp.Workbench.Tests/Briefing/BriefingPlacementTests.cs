using Csp.Core.Geography;
using Csp.Core.Geometry;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Briefing;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Briefing;

/// <summary>
/// The briefing reads each incident's LSOA as the import recorded it (<c>incidents.lsoa_code</c>) instead of placing every
/// incident again by its own nearest-centroid locator on every area load. On the bundled sample (as <c>csp import sample</c>
/// loads it) every incident carries exactly the LSOA that locator gives: the only input of the briefing the change touched
/// is the same for every incident, so every figure of every briefing is unchanged.
/// </summary>
[Collection(BriefingSampleCollection.Name)]
public sealed class BriefingPlacementTests(BriefingSample sample)
{
    [Fact]
    public async Task Every_sample_incident_carries_the_lsoa_the_briefings_former_locator_gives_it()
    {
        var database = sample.Copy();
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        var centroids = Sql.Query(connection, null, "SELECT area_code, easting, northing FROM area_centroids ORDER BY area_code",
            r => new AreaCentroid(r.GetString(0), new PlanarPoint(r.GetDouble(1), r.GetDouble(2))));
        var incidents = Sql.Query(connection, null, "SELECT incident_id, x, y, lsoa_code FROM incidents WHERE epsg = 27700",
            r => (Id: r.GetString(0), X: r.GetDouble(1), Y: r.GetDouble(2), Lsoa: r.IsDBNull(3) ? null : r.GetString(3)));
        // The locator AreaIncidents built from every centroid held (BriefingIncidents.CentroidsAsync) before this change.
        var before = new NearestCentroid(centroids);

        Assert.True(incidents.Count > 20_000, $"the sample's demonstration incidents are loaded ({incidents.Count})");
        Assert.Empty(incidents.Where(i => i.Lsoa is null).Select(i => i.Id));
        var differing = incidents.Where(i => (before.Find(i.X, i.Y) ?? "") != i.Lsoa).Select(i => i.Id).ToList();
        Assert.Empty(differing);
        // Not vacuous: the incidents are placed in many LSOAs, and none of the sample's falls outside every centroid's reach.
        Assert.True(incidents.Select(i => i.Lsoa).Distinct().Count() > 100);
        Assert.DoesNotContain(incidents, i => i.Lsoa == "");
    }

    [Fact]
    public async Task The_sample_briefing_places_every_incident_and_counts_the_areas_incidents()
    {
        var database = sample.Copy();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(TimeProvider.System);
        services.AddCsp(_ => database, _ => Repository.Root);
        await using var provider = services.BuildServiceProvider();
        var since = DateTime.Today.AddDays(-28);
        var outcome = await provider.GetRequiredService<Briefings>().BuildAsync(new BriefingQuery("Gravesham", since, DateTime.Today),
            new BriefingViewer("a.analyst", "Community Safety Unit (council)", SeesAllAgencies: true, PersonalDataEntitled: true), CancellationToken.None);

        Assert.Equal(0, outcome.Incidents!.Unplaced);
        Assert.True(outcome.Incidents.Demo > 1000, $"Gravesham's demonstration incidents ({outcome.Incidents.Demo})");
        Assert.True(outcome.Result!.Total > 100, $"incidents in the 28 days ({outcome.Result.Total})");
        Assert.Equal(outcome.Result.Total, outcome.Result.Incidents.Sum(c => c.Count));
    }
}
