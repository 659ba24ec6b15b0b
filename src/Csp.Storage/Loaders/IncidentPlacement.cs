using System.Data.Common;
using Csp.Core.Geography;
using Csp.Core.Geometry;

namespace Csp.Storage.Loaders;

/// <summary>
/// Records the LSOA of each incident (<c>incidents.lsoa_code</c>, migration 0026): the LSOA whose population-weighted
/// centroid is nearest, within <see cref="NearestCentroid.MaximumDistance"/>, as the briefing and the maps place them.
/// Only incidents in British National Grid (EPSG 27700) are placed, as only they are counted by area.
/// </summary>
public static class IncidentPlacement
{
    /// <summary>The LSOA of an incident with no centroid within reach (outside the data's coverage): placed, but in none.</summary>
    public const string InNone = "";

    /// <summary>
    /// Places every incident not placed yet (held from before migration 0026, or imported before any centroid): a query
    /// that finds none when all are placed, so it is cheap to call before reading. Nothing happens while no centroid is held.
    /// </summary>
    /// <returns>How many incidents were placed.</returns>
    public static async Task<long> PlaceAsync(CspDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await Task.Run(() =>
        {
            if (Sql.Long(connection, null, "SELECT count(*) FROM (SELECT 1 FROM incidents WHERE lsoa_code IS NULL AND epsg = 27700 LIMIT 1) u") == 0) return 0L;
            using var transaction = connection.BeginTransaction();
            var placed = Place(connection, transaction, cancellationToken);
            transaction.Commit();
            return placed;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Places the incidents not placed yet, in the caller's transaction (an import's).</summary>
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
