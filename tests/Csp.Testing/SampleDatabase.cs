using System.Diagnostics;
using Csp.Storage;

using Xunit;

namespace Csp.Testing;

/// <summary>A SQLite database loaded once with the bundled sample (./csp import sample), shared by a test class.</summary>
public sealed class SampleDatabase : IAsyncLifetime
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "csp-tests", $"sample-{Guid.NewGuid():N}.sqlite");

    public CspDatabase Database => CspDatabase.Resolve(Path, Repository.Root);

    public async Task InitializeAsync()
    {
        var (exit, output) = await CspProcess.RunAsync("import", "sample", "--database", Path);
        if (exit != 0) throw new InvalidOperationException("csp import sample failed: " + output);
    }

    public Task DisposeAsync()
    {
        SqliteFiles.Delete(Path);
        return Task.CompletedTask;
    }
}
