using Csp.Testing;

namespace Csp.Web.Tests.Infrastructure;

/// <summary>
/// One app for a test class on its own copy of the sample in SQLite (a temporary file: a shared-cache in-memory database
/// would have to be loaded with the sample for every class, which takes far longer than copying the file).
/// </summary>
public sealed class SqliteSampleApp : IAsyncLifetime
{
    public CspAppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = new CspAppFactory(await SampleDatabases.SqliteCopyAsync());
        await App.SeedUsersAsync();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
