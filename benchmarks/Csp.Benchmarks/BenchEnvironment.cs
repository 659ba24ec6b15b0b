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

    /// <summary>
    /// How <c>./csp</c> runs a build's CLI: a self-contained build (its runtimeconfig names the frameworks it carries,
    /// <c>includedFrameworks</c>) by its own executable beside the dll, a framework-dependent one as <c>dotnet CSP.DLL</c>.
    /// </summary>
    public static string[] CliCommand(string dll)
    {
        var config = Path.ChangeExtension(dll, ".runtimeconfig.json");
        var executable = Path.ChangeExtension(dll, null);
        return File.Exists(config) && File.ReadAllText(config).Contains("\"includedFrameworks\"", StringComparison.Ordinal) && File.Exists(executable)
            ? [executable]
            : ["dotnet", dll];
    }
}
