using Csp.Storage;

using Xunit;

namespace Csp.Testing;

/// <summary>One real PostgreSQL server for the test run (see <see cref="TemporaryPostgresServer"/>).</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly TemporaryPostgresServer _server = new();

    public Task InitializeAsync() => _server.StartAsync();

    public Task<string> CreateDatabaseAsync() => _server.CreateDatabaseAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();
}
