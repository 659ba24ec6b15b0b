using Csp.Storage;

using Csp.Testing;

namespace Csp.Web.Tests.Infrastructure;

/// <summary>A real PostgreSQL server (Debian's, on 127.0.0.1) for the run, holding the bundled sample; classes get their own database.</summary>
public sealed class PostgresSample : IAsyncLifetime
{
    private readonly TemporaryPostgresServer _server = new();

    /// <summary>A database loaded with the sample.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The app on that database, shared by the classes of the collection (they run one after another).</summary>
    public CspAppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _server.StartAsync();
        ConnectionString = await _server.CreateDatabaseAsync();
        await SampleDatabases.LoadAsync(CspDatabase.Resolve(ConnectionString, Repository.Root));
        App = new CspAppFactory(ConnectionString);
        await App.SeedUsersAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresSample>
{
    public const string Name = "PostgreSQL with the sample";
}
