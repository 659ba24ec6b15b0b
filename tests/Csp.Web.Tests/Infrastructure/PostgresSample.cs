using Csp.Services.Storage;

namespace Csp.Web.Tests.Infrastructure;

/// <summary>A real PostgreSQL server (Debian's, on 127.0.0.1) for the run, holding the bundled sample; classes get their own database.</summary>
public sealed class PostgresSample : IAsyncLifetime
{
    private readonly TemporaryPostgresServer _server = new();

    /// <summary>A database loaded with the sample.</summary>
    public string ConnectionString { get; private set; } = "";

    public Task<string> CreateEmptyDatabaseAsync() => _server.CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        await _server.StartAsync();
        ConnectionString = await _server.CreateDatabaseAsync();
        await SampleDatabases.LoadAsync(CspDatabase.Resolve(ConnectionString, Repository.Root));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresSample>
{
    public const string Name = "PostgreSQL with the sample";
}
