namespace Csp.Storage;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, no server.</summary>
    Sqlite,
    /// <summary>For several users or a county-wide service, chosen by a connection string.</summary>
    PostgreSql,
}
