namespace Csp.Storage.Status;

/// <summary>
/// What an app starting on this database has to do before it takes requests, in one plain query: whether imports a stopped
/// app left queued or running are to be marked failed, whether the first administrator is to be created, and whether the
/// database holds police data (none: the first run, which loads the sample when asked). Read without Entity Framework, whose
/// model takes about half a second to build: a server restarted on a database that needs none of it listens without it.
/// </summary>
/// <param name="UnfinishedImports">web_imports holds a row still Queued or Running.</param>
/// <param name="HasUsers">users holds a row.</param>
/// <param name="HasPoliceData">force_months holds a row.</param>
public sealed record StartupState(bool UnfinishedImports, bool HasUsers, bool HasPoliceData)
{
    /// <summary>Reads the state of a database whose schema is up to date.</summary>
    public static async Task<StartupState> ReadAsync(CspDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return Sql.Query(connection, null, """
            SELECT CASE WHEN EXISTS (SELECT 1 FROM web_imports WHERE status IN ('Queued', 'Running')) THEN 1 ELSE 0 END,
                   CASE WHEN EXISTS (SELECT 1 FROM users) THEN 1 ELSE 0 END,
                   CASE WHEN EXISTS (SELECT 1 FROM force_months) THEN 1 ELSE 0 END
            """, r => new StartupState(r.GetInt32(0) == 1, r.GetInt32(1) == 1, r.GetInt32(2) == 1))[0];
    }
}
