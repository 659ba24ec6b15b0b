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
        _copy = await SampleDatabases.SqliteCopyAsync();
        App = new CspAppFactory(_copy);
        await App.SeedUsersAsync();
    }

    private string? _copy;

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        if (_copy is not null) SqliteFiles.Delete(_copy);
    }
}
