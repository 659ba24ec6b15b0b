using Csp.Storage;
using Csp.Workbench.Hosting;

namespace Csp.Benchmarks;

/// <summary>Where the benchmarks find the product's home (CSP_HOME, set by ./csp) and its database.</summary>
internal static class BenchEnvironment
{
    public static string Home => CspHome.Find();

    public static async Task<CspDatabase> OpenAsync(string? option, CancellationToken cancellationToken)
    {
        var database = CspDatabase.Resolve(option ?? Environment.GetEnvironmentVariable(CspDatabase.EnvironmentVariable), Home);
        await SchemaMigrator.MigrateAsync(database, cancellationToken).ConfigureAwait(false);
        return database;
    }
}
