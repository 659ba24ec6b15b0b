using Csp.Storage;
using Microsoft.Data.Sqlite;

namespace Csp.Web.Hosting;

/// <summary>
/// Keeps a shared in-memory SQLite database (<c>Mode=Memory;Cache=Shared</c>, used by tests) alive for the app's lifetime:
/// SQLite drops such a database when its last connection closes.
/// </summary>
public sealed class MemoryDatabaseAnchor(CspDatabase database) : IDisposable
{
    private SqliteConnection? _connection;

    public void Hold()
    {
        if (_connection is not null || database.Provider != DatabaseProvider.Sqlite) return;
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
        if (builder.Mode != SqliteOpenMode.Memory) return;
        _connection = new SqliteConnection(database.ConnectionString);
        _connection.Open();
    }

    public void Dispose() => _connection?.Dispose();
}
