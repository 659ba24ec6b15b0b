using System.Data.Common;
using Csp.Core.Geography;
using Csp.Core.Geometry;

namespace Csp.Storage.Loaders;

/// <summary>
/// Records the LSOA of each incident (<c>incidents.lsoa_code</c>, migration 0026): the LSOA whose population-weighted
/// centroid is nearest, within <see cref="NearestCentroid.MaximumDistance"/>, as the briefing and the maps place them.
/// Only incidents in British National Grid (EPSG 27700) are placed, as only they are counted by area. Every writer of
/// incidents or centroids places in its own transaction, whatever the order of imports: the incident import places what
/// it loads (when centroids are held), the centroid import places every incident again, and migration 0033 placed the
/// rows held from before 0026. So an incident in EPSG 27700 is unplaced (NULL) only while no centroid is held, and
/// readers (the briefing, the performance counts) read <c>lsoa_code</c> and never write.
/// </summary>
public static class IncidentPlacement
{
    /// <summary>The LSOA of an incident with no centroid within reach (outside the data's coverage): placed, but in none.</summary>
    public const string InNone = "";

    /// <summary>Places the incidents not placed yet, in the caller's transaction (an import's or migration 0033's). Nothing happens while no centroid is held.</summary>
    /// <returns>How many incidents were placed.</returns>
    internal static long Place(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var unplaced = Sql.Query(connection, transaction, "SELECT incident_id, x, y FROM incidents WHERE lsoa_code IS NULL AND epsg = 27700",
            r => (Id: r.GetString(0), X: r.GetDouble(1), Y: r.GetDouble(2)));
        if (unplaced.Count == 0) return 0;
        var centroids = Sql.Query(connection, transaction, "SELECT area_code, easting, northing FROM area_centroids ORDER BY area_code",
            r => new AreaCentroid(r.GetString(0), new PlanarPoint(r.GetDouble(1), r.GetDouble(2))));
        if (centroids.Count == 0) return 0;
        var locator = new NearestCentroid(centroids);
        using var update = Sql.Command(connection, transaction, "UPDATE incidents SET lsoa_code = @lsoa WHERE incident_id = @id", ("lsoa", ""), ("id", ""));
        update.Prepare();
        foreach (var (id, x, y) in unplaced)
        {
            cancellationToken.ThrowIfCancellationRequested();
            update.Parameters[0].Value = locator.Find(x, y) ?? InNone;
            update.Parameters[1].Value = id;
            update.ExecuteNonQuery();
        }
        return unplaced.Count;
    }

    /// <summary>Forgets every placement (new centroids were imported) and places again, in the caller's transaction.</summary>
    internal static void PlaceAgain(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        Sql.Execute(connection, transaction, "UPDATE incidents SET lsoa_code = NULL WHERE lsoa_code IS NOT NULL");
        Place(connection, transaction, cancellationToken);
    }
}
