using System.Text.Json;
using Csp.Workbench.Hosting;
using Csp.Storage;

namespace Csp.Cli;

/// <summary>Where the CLI finds its home (the repository or install folder), its database and its bundled data.</summary>
internal static class CliEnvironment
{
    /// <summary>The contract JSON shared with the web API (<see cref="CspJson"/>), indented for a reader.</summary>
    public static JsonSerializerOptions Json => CspJson.Indented;

    /// <summary>CSP_HOME (set by the ./csp script), else the nearest folder above the program that holds Csp.slnx, else the current folder.</summary>
    public static string Home => CspHome.Find();

    public static string SampleData => CspHome.SampleData(Home);

    /// <summary>The --database option, else CSP_DATABASE, else data/db/csp.sqlite under <see cref="Home"/>.</summary>
    public static CspDatabase Database(string? option) =>
        CspDatabase.Resolve(option ?? Environment.GetEnvironmentVariable(CspDatabase.EnvironmentVariable), Home);

    /// <summary>Opens the database, creating and migrating it on first use.</summary>
    public static async Task<CspDatabase> OpenAsync(string? option, CancellationToken cancellationToken)
    {
        var database = Database(option);
        await SchemaMigrator.MigrateAsync(database, cancellationToken).ConfigureAwait(false);
        return database;
    }
}
