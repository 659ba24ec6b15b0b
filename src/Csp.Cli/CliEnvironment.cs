using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Csp.Services.Storage;

namespace Csp.Cli;

/// <summary>Where the CLI finds its home (the repository or install folder), its database and its bundled data.</summary>
internal static class CliEnvironment
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>CSP_HOME (set by the ./csp script), else the nearest folder above the program that holds Csp.slnx, else the current folder.</summary>
    public static string Home
    {
        get
        {
            var home = Environment.GetEnvironmentVariable("CSP_HOME");
            if (!string.IsNullOrEmpty(home)) return home;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Csp.slnx"))) return dir.FullName;
            }
            return Directory.GetCurrentDirectory();
        }
    }

    public static string SampleData => Path.Combine(Home, "data", "sample");

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
